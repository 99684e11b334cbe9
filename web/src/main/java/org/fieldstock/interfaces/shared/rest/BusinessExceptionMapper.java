package org.fieldstock.interfaces.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.fieldstock.domain.shared.BusinessException;

/** Business rule violations, with every problem named in the client's language. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException exception) {
        return ErrorResponses.of(exception, headers);
    }
}
