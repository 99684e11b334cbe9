package org.fieldstock.interfaces.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role check of the service layer ({@code @RolesAllowed}) failed: 403, not 500. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException exception) {
        return ErrorResponses.of(Response.Status.FORBIDDEN.getStatusCode(), "FORBIDDEN", headers, "access.denied.role");
    }
}
