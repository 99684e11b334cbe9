package org.fieldstock.interfaces.organisation.web;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.fieldstock.interfaces.shared.PagedRows;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

/** The organisation with its stores: create BUs and sites, rename them and their stores. */
@Named
@ViewScoped
public class OrgUnitsView implements Serializable {

    @Inject
    private OrganisationService organisation;

    @Inject
    private FacesFeedback feedback;

    /** The rows of a page of the table. */
    static final int ROWS = 50;

    private PagedRows<OrgUnitRef> orgUnits;
    /** The stores of the units on the page shown, by owner code. */
    private Map<String, List<StoreRef>> stores = Map.of();
    private List<OrgUnitRef> parents;
    private OrgUnitKind parentsOfKind;

    /** The org unit being renamed; null while entering a new one. */
    private String editing;
    private Integer version;
    private OrgUnitKind kind = OrgUnitKind.SITE;
    private String code;
    private String parentCode;
    private String nameZh;
    private String nameEn;
    private String province;

    /** The store being renamed, if any. */
    private String storeCode;
    private Integer storeVersion;
    private String storeNameZh;
    private String storeNameEn;
    private boolean storeActive;

    @PostConstruct
    void load() {
        orgUnits = new PagedRows<>(this::page, OrgUnitRef::code);
    }

    /**
     * A page of the org units in the chart's order (the planning office, then each BU followed by its
     * sites), with their stores: two queries, whatever the organisation's size.
     */
    private Page<OrgUnitRef> page(PageRequest request) {
        Page<OrgUnit> units = organisation.orgUnits(new PageRequest(request.first(), request.size()));
        stores = organisation.storesOf(units.rows()).stream().map(StoreRef::of)
                .collect(Collectors.groupingBy(StoreRef::ownerCode, HashMap::new, Collectors.toList()));
        return units.map(OrgUnitRef::of);
    }

    /** The unit's stores, the good one first. */
    public List<StoreRef> storesOf(OrgUnitRef unit) {
        return stores.getOrDefault(unit.code(), List.of()).stream()
                .sorted(Comparator.comparing(StoreRef::kind)).toList();
    }

    public void startNew() {
        editing = null;
        version = null;
        kind = OrgUnitKind.SITE;
        code = null;
        parentCode = null;
        nameZh = null;
        nameEn = null;
        province = null;
    }

    public void edit(OrgUnitRef unit) {
        editing = unit.code();
        version = unit.version();
        kind = unit.kind();
        code = unit.code();
        parentCode = unit.parentCode();
        nameZh = unit.nameZh();
        nameEn = unit.nameEn();
        province = unit.province();
    }

    public void save() {
        boolean saved;
        if (editing == null) {
            saved = feedback.attempt(() -> {
                OrgUnit unit = organisation.createOrgUnit(code, kind, nameZh, nameEn, parentCode, province);
                feedback.info("masterdata.orgUnits.created", unit.getCode(), unit.getCode() + "-G",
                        unit.getCode() + "-D");
                edit(OrgUnitRef.of(unit));
            });
        } else {
            saved = feedback.attempt(() -> {
                OrgUnit unit = organisation.renameOrgUnit(editing, nameZh, nameEn, version);
                feedback.info("masterdata.saved", unit.getCode());
                edit(OrgUnitRef.of(unit));
            });
        }
        if (saved) {
            load();
        }
    }

    public void editStore(StoreRef store) {
        storeCode = store.code();
        storeVersion = store.version();
        storeNameZh = store.nameZh();
        storeNameEn = store.nameEn();
        storeActive = store.active();
    }

    public void saveStore() {
        if (feedback.attempt(() -> {
            Store store = organisation.renameStore(storeCode, storeNameZh, storeNameEn, storeVersion);
            feedback.info("masterdata.saved", store.getCode());
            editStore(StoreRef.of(store));
        })) {
            load();
        }
    }

    /** Opens or closes the store being edited for documents. */
    public void toggleStore() {
        if (feedback.attempt(() -> {
            Store changed = organisation.setStoreActive(storeCode, !storeActive, storeVersion);
            feedback.info("masterdata.saved", changed.getCode());
            editStore(StoreRef.of(changed));
        })) {
            load();
        }
    }

    public boolean isStoreActive() {
        return storeActive;
    }

    public void closeStore() {
        storeCode = null;
    }

    /** The units a new one may hang under: the planning office for a BU, a BU for a site. */
    public List<OrgUnitRef> getParents() {
        OrgUnitKind parentKind = kind == OrgUnitKind.BU ? OrgUnitKind.PLANNING_OFFICE : OrgUnitKind.BU;
        if (parents == null || parentsOfKind != parentKind) {
            parents = OrgUnitRef.all(organisation.orgUnitsOfKind(parentKind));
            parentsOfKind = parentKind;
        }
        return parents;
    }

    public List<OrgUnitKind> getKinds() {
        return List.of(OrgUnitKind.BU, OrgUnitKind.SITE);
    }

    public boolean isNew() {
        return editing == null;
    }

    public PagedRows<OrgUnitRef> getOrgUnits() {
        return orgUnits;
    }

    public String getEditing() {
        return editing;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public void setKind(OrgUnitKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getStoreNameZh() {
        return storeNameZh;
    }

    public void setStoreNameZh(String storeNameZh) {
        this.storeNameZh = storeNameZh;
    }

    public String getStoreNameEn() {
        return storeNameEn;
    }

    public void setStoreNameEn(String storeNameEn) {
        this.storeNameEn = storeNameEn;
    }
}
