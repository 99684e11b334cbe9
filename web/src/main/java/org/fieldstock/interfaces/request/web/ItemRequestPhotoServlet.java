package org.fieldstock.interfaces.request.web;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.request.ItemRequestService;
import org.fieldstock.domain.request.ItemRequestPhoto;
import org.fieldstock.domain.shared.BusinessException;

/**
 * A photo of an item request for the screens, which sign in with a session (the API's photo
 * address takes a token or Basic). The service checks scope: a photo out of sight is a 404.
 */
@WebServlet("/masterdata/request-photo")
public class ItemRequestPhotoServlet extends HttpServlet {

    @Inject
    private ItemRequestService requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        int position;
        try {
            id = Long.parseLong(request.getParameter("id"));
            position = Integer.parseInt(request.getParameter("n"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ItemRequestPhoto photo;
        try {
            photo = requests.photo(id, position);
        } catch (BusinessException | EJBAccessException notForThisUser) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = photo.getContent();
        response.setContentType(photo.getType().mediaType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }
}
