package org.fieldstock.interfaces.requisition.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.domain.requisition.RequisitionPhoto;
import org.fieldstock.interfaces.shared.PhotoResponse;

/**
 * A photo of a requisition for the screens, which sign in with a session (the API's photo address
 * takes a token or Basic). The service checks scope: a photo out of sight is a 404.
 */
@WebServlet("/requisitions/photo")
public class RequisitionPhotoServlet extends HttpServlet {

    @Inject
    private RequisitionService requisitions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PhotoResponse.answer(request, response, (id, position) -> {
            RequisitionPhoto photo = requisitions.photo(id, position);
            return new PhotoResponse.Picture(photo.getType(), photo.getContent());
        });
    }
}
