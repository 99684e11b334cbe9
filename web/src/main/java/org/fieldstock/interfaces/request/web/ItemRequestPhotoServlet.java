package org.fieldstock.interfaces.request.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.request.ItemRequestService;
import org.fieldstock.domain.request.ItemRequestPhoto;
import org.fieldstock.interfaces.shared.PhotoResponse;

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
        PhotoResponse.answer(request, response, (id, position) -> {
            ItemRequestPhoto photo = requests.photo(id, position);
            return new PhotoResponse.Picture(photo.getType(), photo.getContent());
        });
    }
}
