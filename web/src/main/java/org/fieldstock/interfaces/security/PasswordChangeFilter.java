package org.fieldstock.interfaces.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * After an administrator's reset, the session may only reach the password page (and log out)
 * until the user has chosen a new password. The API refuses such a user at login instead.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    static final String MUST_CHANGE = "fieldstock.mustChangePassword";
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && session.getAttribute(MUST_CHANGE) != null && !path.equals(PASSWORD_PAGE)
                && !path.equals(FieldstockAuthenticationMechanism.LOGIN_PAGE)) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + request.getContextPath() + PASSWORD_PAGE + "\"></redirect></partial-response>");
                return;
            }
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user chose a new password: the session may go everywhere again. */
    static void passwordChanged(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_CHANGE);
        }
    }
}
