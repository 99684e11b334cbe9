package org.fieldstock.domain.request;

import java.util.Optional;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/** Item requests and their photos. */
public interface ItemRequestRepository {

    void add(ItemRequest request);

    Optional<ItemRequest> find(long id);

    /** The request, locked until the transaction ends, so that two planners cannot both decide it. */
    Optional<ItemRequest> findForUpdate(long id);

    /**
     * A page of the requests, newest first: of one status (null: any), and made for the given unit
     * or a unit under it (null: everywhere).
     */
    Page<ItemRequest> search(ItemRequestStatus status, OrgUnit within, PageRequest request);
}
