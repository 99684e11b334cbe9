package org.fieldstock.interfaces.request.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.ItemMasterService;
import org.fieldstock.application.request.ItemRequestService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestStatus;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.item.web.ItemForm;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.fieldstock.interfaces.shared.PagedRows;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;

/**
 * Item-code requests. Keepers and BU staff send a new one with photos and follow their own;
 * the planning office opens a request, looks at its photos, and creates the item from it
 * (the form comes pre-filled) or rejects it with a reason.
 */
@Named
@ViewScoped
public class ItemRequestsView implements Serializable {

    @Inject
    private ItemRequestService requests;

    @Inject
    private ItemMasterService items;

    @Inject
    private FacesFeedback feedback;

    private boolean planner;
    private boolean requester;
    private ItemRequestStatus status;
    private PagedRows<RequestRow> list;
    private List<OrgUnitRef> requestableUnits = List.of();

    private String orgUnitCode;
    private String name;
    private String spec;
    private String unit;
    private String reason;
    private final List<Upload> photos = new ArrayList<>();

    /** The request the planning office is deciding. */
    private RequestRow selected;
    private ItemForm form = new ItemForm();
    private String rejectionReason;

    /** A photo picked for the new request, kept until it is sent. */
    public record Upload(String fileName, byte[] content) implements Serializable {

        /** For the page: Expression Language of Jakarta EE 10 reads bean getters, not record accessors. */
        public String getFileName() {
            return fileName;
        }

        public long getKilobytes() {
            return (content.length + 1023) / 1024;
        }
    }

    @PostConstruct
    void init() {
        feedback.attempt(() -> {
            Caller caller = requests.caller();
            planner = caller.has(Role.PLANNER);
            requester = caller.has(Role.KEEPER) || caller.has(Role.ACCOUNTANT) || caller.has(Role.BU_MANAGER);
            if (requester) {
                requestableUnits = OrgUnitRef.all(requests.requestableUnits());
                orgUnitCode = caller.getOrgUnit().getCode();
            }
        });
        status = planner ? ItemRequestStatus.OPEN : null;
        load();
    }

    public void load() {
        list = new PagedRows<>(this::page, row -> String.valueOf(row.id()));
    }

    public void upload(FileUploadEvent event) {
        if (photos.size() >= ItemRequest.MAX_PHOTOS) {
            feedback.error("itemRequest.photos.count", ItemRequest.MAX_PHOTOS);
            return;
        }
        photos.add(new Upload(event.getFile().getFileName(), event.getFile().getContent()));
    }

    public void removePhoto(Upload photo) {
        photos.remove(photo);
    }

    public void submit() {
        boolean sent = feedback.attempt(() -> {
            ItemRequest request = requests.submit(orgUnitCode, name, spec, unit, reason,
                    photos.stream().map(Upload::content).toList());
            feedback.info("masterdata.requests.submitted", request.getId());
        });
        if (sent) {
            name = null;
            spec = null;
            unit = null;
            reason = null;
            photos.clear();
            load();
        }
    }

    public void open(RequestRow request) {
        feedback.attempt(() -> {
            selected = RequestRow.withPhotos(requests.request(request.id()));
            form = new ItemForm();
            form.setNameZh(selected.name());
            form.setSpec(selected.spec());
            form.setUnitZh(selected.unit());
            rejectionReason = null;
        });
    }

    public void close() {
        selected = null;
    }

    public void suggestCode() {
        feedback.attempt(() -> form.setCode(items.nextCode(form.getCategory(), form.getGroup())));
    }

    public void createItem() {
        boolean created = feedback.attempt(() -> {
            Item item = requests.createItem(selected.id(), form.getCode(), form.details(), selected.version());
            feedback.info("masterdata.requests.itemCreated", item.getCode(), selected.id());
        });
        if (created) {
            selected = null;
            load();
        }
    }

    public void reject() {
        boolean rejected = feedback.attempt(() -> {
            requests.reject(selected.id(), rejectionReason, selected.version());
            feedback.info("masterdata.requests.rejected", selected.id());
        });
        if (rejected) {
            selected = null;
            load();
        }
    }

    public ItemCategory[] getCategories() {
        return ItemCategory.values();
    }

    public RepairClass[] getRepairClasses() {
        return RepairClass.values();
    }

    public ItemRequestStatus[] getStatuses() {
        return ItemRequestStatus.values();
    }

    public boolean isPlanner() {
        return planner;
    }

    public boolean isRequester() {
        return requester;
    }

    public ItemRequestStatus getStatus() {
        return status;
    }

    public void setStatus(ItemRequestStatus status) {
        this.status = status;
    }

    /** A page of the requests of the status chosen, newest first, read in the database. */
    private Page<RequestRow> page(PageRequest request) {
        return requests.requests(status, new PageRequest(request.first(), request.size())).map(RequestRow::of);
    }

    public PagedRows<RequestRow> getRequests() {
        return list;
    }

    public List<OrgUnitRef> getRequestableUnits() {
        return requestableUnits;
    }

    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    public void setOrgUnitCode(String orgUnitCode) {
        this.orgUnitCode = orgUnitCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSpec() {
        return spec;
    }

    public void setSpec(String spec) {
        this.spec = spec;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Upload> getPhotos() {
        return photos;
    }

    public RequestRow getSelected() {
        return selected;
    }

    public ItemForm getForm() {
        return form;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
