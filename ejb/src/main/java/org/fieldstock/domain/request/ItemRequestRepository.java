package org.fieldstock.domain.request;

import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.organisation.OrgUnit;

/** Item requests and their photos. */
public interface ItemRequestRepository {

    void add(ItemRequest request);

    Optional<ItemRequest> find(long id);

    /** The request, locked until the transaction ends, so that two planners cannot both decide it. */
    Optional<ItemRequest> findForUpdate(long id);

    /**
     * Requests, newest first: of one status (null: any), and made for the given unit or a unit
     * under it (null: everywhere).
     */
    List<ItemRequest> search(ItemRequestStatus status, OrgUnit within, int maxResults);
}
