package org.fieldstock.interfaces.shared.rest;

import java.util.List;

/**
 * The body of every error answer.
 *
 * @param status   the HTTP status
 * @param error    what sort of failure: INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTHORIZED, BAD_REQUEST, INTERNAL
 * @param messages what is wrong, in the language the client asked for (Accept-Language)
 * @param codes    the message keys, stable for programs to test
 */
public record ErrorJson(int status, String error, List<String> messages, List<String> codes) {
}
