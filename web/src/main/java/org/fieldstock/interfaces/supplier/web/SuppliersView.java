package org.fieldstock.interfaces.supplier.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.supplier.SupplierService;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.SupplierRef;
import org.omnifaces.cdi.ViewScoped;

/** Suppliers: the list and the form for one. */
@Named
@ViewScoped
public class SuppliersView implements Serializable {

    @Inject
    private SupplierService suppliers;

    @Inject
    private FacesFeedback feedback;

    private List<SupplierRef> list = List.of();

    /** The supplier being edited; null while entering a new one. */
    private String editing;
    private Integer version;
    private String code;
    private String nameZh;
    private String nameEn;

    @PostConstruct
    void load() {
        feedback.attempt(() -> list = SupplierRef.all(suppliers.suppliers()));
    }

    public void startNew() {
        editing = null;
        version = null;
        code = null;
        nameZh = null;
        nameEn = null;
    }

    public void edit(SupplierRef supplier) {
        editing = supplier.code();
        version = supplier.version();
        code = supplier.code();
        nameZh = supplier.nameZh();
        nameEn = supplier.nameEn();
    }

    public void save() {
        boolean saved = feedback.attempt(() -> {
            Supplier supplier = editing == null ? suppliers.create(code, nameZh, nameEn)
                    : suppliers.rename(editing, nameZh, nameEn, version);
            feedback.info(editing == null ? "masterdata.created" : "masterdata.saved", supplier.getCode());
            edit(SupplierRef.of(supplier));
        });
        if (saved) {
            load();
        }
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<SupplierRef> getSuppliers() {
        return list;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
