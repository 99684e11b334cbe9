package org.fieldstock.interfaces.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or has text where a number or date belongs: 400 with a message, not a stack trace. */
@Provider
public class BadJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return ErrorResponses.of(Response.Status.BAD_REQUEST.getStatusCode(), "BAD_REQUEST", headers, "error.badJson");
    }
}
