package org.fieldstock.interfaces.request.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestPhoto;
import org.fieldstock.domain.request.ItemRequestStatus;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/**
 * An item-code request as the list and the decision panel show it: what was asked, by whom and
 * for which unit, how it was decided (the code of the item made from it, or why not), the version
 * a decision is made against, and for the request opened the positions of its photos.
 */
public record RequestRow(long id, Instant requestedAt, OrgUnitRef requestedFor, String name, String spec,
        String unit, String reason, String requestedBy, ItemRequestStatus status, String itemCode,
        String rejectionReason, int version, List<Integer> photoPositions) implements Serializable {

    /** A request of the list; its photos are read only when it is opened. */
    static RequestRow of(ItemRequest request) {
        return of(request, List.of());
    }

    /** The request opened, with its photos. */
    static RequestRow withPhotos(ItemRequest request) {
        return of(request, request.getPhotos().stream().map(ItemRequestPhoto::getPosition).toList());
    }

    static List<RequestRow> all(List<ItemRequest> requests) {
        return requests.stream().map(RequestRow::of).toList();
    }

    private static RequestRow of(ItemRequest request, List<Integer> photoPositions) {
        return new RequestRow(request.getId(), request.getRequestedAt(), OrgUnitRef.of(request.getRequestedFor()),
                request.getName(), request.getSpec(), request.getUnit(), request.getReason(),
                request.getRequestedBy(), request.getStatus(),
                request.getItem() == null ? null : request.getItem().getCode(), request.getRejectionReason(),
                request.getVersion(), photoPositions);
    }
}
