package org.fieldstock.application.request;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.item.ItemMasterService;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.shared.MasterDataRights;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestPhoto;
import org.fieldstock.domain.request.ItemRequestRepository;
import org.fieldstock.domain.request.ItemRequestStatus;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Requests for a new item code (2篇 2.2): a site keeper, or a BU accountant or manager, sends
 * name, spec, unit, reason and photos; the planning office creates the item from the request or
 * rejects it. Requesters see the requests of their own site or BU; a request outside that does
 * not exist for them.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME})
public class ItemRequestService {

    @Inject
    private ItemRequestRepository requests;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemMasterService itemMaster;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentCaller currentCaller;

    /**
     * A new open request for the given site or BU (none given: the caller's own unit). A unit the
     * caller may not ask for is treated as unknown.
     */
    @RolesAllowed({Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME})
    public ItemRequest submit(String orgUnitCode, String name, String spec, String unit, String reason,
            List<byte[]> photos) {
        Caller caller = currentCaller.get();
        if (!caller.has(Role.KEEPER) && !caller.has(Role.ACCOUNTANT) && !caller.has(Role.BU_MANAGER)) {
            throw new AccessDeniedException("access.denied.itemRequest", caller.getUsername());
        }
        String code = TextRules.clean(orgUnitCode);
        OrgUnit requestedFor = code == null ? caller.getOrgUnit()
                : organisation.orgUnitByCode(code.toUpperCase(Locale.ROOT)).filter(caller::mayRequestItemsFor)
                        .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "orgUnit.unknown",
                                code));
        if (!caller.mayRequestItemsFor(requestedFor)) {
            throw new AccessDeniedException("access.denied.itemRequest", caller.getUsername());
        }
        ItemRequest request = ItemRequest.submit(requestedFor, name, spec, unit, reason, photos,
                caller.getUsername(), Instant.now());
        requests.add(request);
        audit.record(caller.getUsername(), AuditAction.ITEM_REQUESTED, AuditSubject.ITEM_REQUEST,
                String.valueOf(request.getId()), requestedFor.getCode(),
                request.getName() + " " + request.getUnit() + " photos " + request.getPhotos().size());
        return request;
    }

    /** The sites and BUs the caller may ask for item codes for: a keeper's own site, a BU and its sites. */
    @RolesAllowed({Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME})
    public List<OrgUnit> requestableUnits() {
        Caller caller = currentCaller.get();
        return organisation.allOrgUnits().stream().filter(caller::mayRequestItemsFor).toList();
    }

    /**
     * A page of the requests the caller sees, newest first, of one status (null: any): the planning
     * office's all, a requester's those of the units it may ask for (in the query), anyone else's none.
     */
    public Page<ItemRequest> requests(ItemRequestStatus status, PageRequest request) {
        Caller caller = currentCaller.get();
        OrgUnit within = caller.itemRequestScope();
        if (within != null && !caller.mayRequestItemsFor(within)) {
            return Page.empty(request);
        }
        return requests.search(status, within, request);
    }

    public ItemRequest request(long id) {
        Caller caller = currentCaller.get();
        return requests.find(id).filter(r -> caller.maySeeItemRequestsOf(r.getRequestedFor()))
                .orElseThrow(() -> new NotFoundException("itemRequest.notFound", id));
    }

    /** A photo of a request the caller sees, bytes and type. */
    public ItemRequestPhoto photo(long id, int position) {
        return request(id).photo(position)
                .orElseThrow(() -> new NotFoundException("itemRequest.photo.notFound", position, id));
    }

    /** The planning office creates the item the request asks for; the request then names its code. */
    @RolesAllowed(Role.PLANNER_NAME)
    public Item createItem(long id, String code, ItemDetails details, Integer expectedVersion) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        ItemRequest request = lockedRequest(id, expectedVersion);
        Item item = itemMaster.create(code, details);
        request.itemCreated(item, caller.getUsername(), Instant.now());
        audit.record(caller.getUsername(), AuditAction.ITEM_REQUEST_FULFILLED, AuditSubject.ITEM_REQUEST,
                String.valueOf(id), request.getRequestedFor().getCode(), item.getCode());
        return item;
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public ItemRequest reject(long id, String reason, Integer expectedVersion) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        ItemRequest request = lockedRequest(id, expectedVersion);
        request.reject(reason, caller.getUsername(), Instant.now());
        audit.record(caller.getUsername(), AuditAction.ITEM_REQUEST_REJECTED, AuditSubject.ITEM_REQUEST,
                String.valueOf(id), request.getRequestedFor().getCode(), request.getRejectionReason());
        return request;
    }

    public Caller caller() {
        return currentCaller.get();
    }

    private ItemRequest lockedRequest(long id, Integer expectedVersion) {
        ItemRequest request = requests.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("itemRequest.notFound", id));
        MasterDataRights.requireVersion(expectedVersion, request.getVersion(), "#" + id);
        return request;
    }
}
