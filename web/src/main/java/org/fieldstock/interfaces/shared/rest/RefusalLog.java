package org.fieldstock.interfaces.shared.rest;

import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every refusal the API answers (a 4xx: not found, not allowed, a conflict, invalid or unreadable
 * input, too large) is logged in one line, without a stack trace: status, method, path, user, and
 * the message keys and texts the client got, e.g.
 * {@code 403 POST /api/documents/12/review by keeper: [access.denied.role] You are not allowed to do this.}
 * Refusals are expected; only an unexpected failure (500) is logged with its stack trace, by
 * {@link UnexpectedExceptionMapper}. (A 401 never reaches JAX-RS: the authentication mechanism logs it.)
 */
@Provider
@Priority(Priorities.USER)
public class RefusalLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || !LOG.isLoggable(Level.INFO)) {
            return;
        }
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        StringBuilder line = new StringBuilder().append(status).append(' ').append(request.getMethod()).append(' ')
                .append(request.getUriInfo().getRequestUri().getRawPath())
                .append(" by ").append(user == null ? "(nobody)" : user.getName()).append(':');
        if (response.getEntity() instanceof ErrorJson error) {
            line.append(' ').append(error.codes()).append(' ').append(String.join(" ", error.messages()));
        }
        LOG.info(oneLine(line));
    }

    /** Whatever a message holds, the entry stays one line. */
    static String oneLine(CharSequence text) {
        return text.toString().replaceAll("[\\r\\n\\t]+", " ");
    }
}
