package org.fieldstock.interfaces.shared.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.fieldstock.domain.shared.BusinessException;

/**
 * Everything else. JAX-RS's own answers (404 for an unknown path, 405, 415...) keep their status
 * with a JSON body; a body that cannot be read is a 400, one too large a 413, even when wrapped in
 * another exception; anything unexpected is logged with its stack trace and answered 500 without
 * internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof BusinessException business) {
            return ErrorResponses.of(business, headers);
        }
        // wrapped on their way out of a body reader (JSON-P, the container's stream)
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException tooLarge) {
                return ErrorResponses.of(tooLarge, headers);
            }
            if (t instanceof MalformedRequestException malformed) {
                return ErrorResponses.of(malformed, headers);
            }
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return ErrorResponses.of(400, "BAD_REQUEST", headers, "error.badJson");
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return ErrorResponses.of(status, status == 404 ? "NOT_FOUND" : "BAD_REQUEST", headers,
                    "error.badRequest", String.valueOf(web.getMessage()));
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a REST call", exception);
        return ErrorResponses.of(500, "INTERNAL", headers, "error.internal");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof ProcessingException
                || current instanceof WebApplicationException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
