package org.fieldstock.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 with every reason in the client's language. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<MalformedRequestException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(MalformedRequestException exception) {
        return ErrorResponses.of(exception, headers);
    }
}
