package org.fieldstock.interfaces.shared;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.domain.request.PhotoType;
import org.fieldstock.domain.shared.BusinessException;

/**
 * Answers a screen's request for a photo ({@code ?id=…&n=…}): the picture, kept privately by the
 * browser for an hour and never sniffed as anything else; a 404 for a malformed address or a photo
 * the service says is out of the user's sight.
 */
public final class PhotoResponse {

    /** A photo as a service hands it out: its type and bytes. */
    public record Picture(PhotoType type, byte[] content) {
    }

    /** Looks a photo up by owner id and position. */
    @FunctionalInterface
    public interface Lookup {
        Picture find(long id, int position);
    }

    private PhotoResponse() {
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response, Lookup lookup)
            throws IOException {
        Picture picture;
        try {
            picture = lookup.find(Long.parseLong(request.getParameter("id")),
                    Integer.parseInt(request.getParameter("n")));
        } catch (NumberFormatException | BusinessException | EJBAccessException notForThisUser) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(picture.type().mediaType());
        response.setContentLength(picture.content().length);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(picture.content());
    }
}
