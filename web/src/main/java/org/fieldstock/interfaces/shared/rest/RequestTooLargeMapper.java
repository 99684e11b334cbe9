package org.fieldstock.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 with the limit, in the client's language. */
@Provider
public class RequestTooLargeMapper implements ExceptionMapper<RequestTooLargeException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RequestTooLargeException exception) {
        return ErrorResponses.of(exception, headers);
    }
}
