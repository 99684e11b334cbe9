package org.fieldstock.interfaces.shared.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

import org.fieldstock.domain.shared.BusinessException;

/** Query and body values that arrive as text: a bad one is a 422 naming the field, not a 500. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.value.unknown", field, value);
        }
    }

    /** Bytes sent as Base64 text (line breaks allowed); anything else is a 400 naming the field. */
    public static byte[] base64(String field, String value) {
        try {
            return Base64.getDecoder().decode(value == null ? "" : value.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException("request.base64.invalid", field);
        }
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.date.invalid", field, value);
        }
    }

    /**
     * The request's JSON body; a request without one is refused (400), as {@link RequestBodyFilter}
     * and {@link JsonBodyReader} already do before any resource method runs.
     */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new MalformedRequestException("request.body.required");
        }
        return body;
    }

    /** The language the client asked for, among those the application speaks. */
    public static Locale clientLocale(jakarta.ws.rs.core.HttpHeaders headers) {
        return ErrorResponses.locale(headers);
    }
}
