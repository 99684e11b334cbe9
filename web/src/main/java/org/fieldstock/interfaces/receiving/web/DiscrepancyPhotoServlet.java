package org.fieldstock.interfaces.receiving.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.receiving.ReceivingService;
import org.fieldstock.domain.receiving.DiscrepancyPhoto;
import org.fieldstock.interfaces.shared.PhotoResponse;

/** A photo of a discrepancy report for the screens (which sign in with a session); out of sight it is a 404. */
@WebServlet("/receiving/photo")
public class DiscrepancyPhotoServlet extends HttpServlet {

    @Inject
    private ReceivingService receiving;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PhotoResponse.answer(request, response, (id, position) -> {
            DiscrepancyPhoto photo = receiving.photo(id, position);
            return new PhotoResponse.Picture(photo.getType(), photo.getContent());
        });
    }
}
