package org.fieldstock.application.supplier;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.shared.MasterDataRights;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.supplier.SupplierRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/** Suppliers: everyone who works with stock reads them; the planning office creates and renames them. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class SupplierService {

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentCaller currentCaller;

    public List<Supplier> suppliers() {
        return suppliers.all();
    }

    public Supplier supplier(String code) {
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return suppliers.byCode(cleaned).orElseThrow(() -> new NotFoundException("supplier.unknown", cleaned));
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public Supplier create(String code, String nameZh, String nameEn) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        String cleaned = TextRules.clean(code) == null ? null : code.strip().toUpperCase(Locale.ROOT);
        TextRules.throwIfAny(Supplier.check(cleaned, TextRules.clean(nameZh), TextRules.clean(nameEn)));
        if (suppliers.byCode(cleaned).isPresent()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "supplier.code.taken", cleaned);
        }
        Supplier supplier = new Supplier(cleaned, nameZh.strip(), nameEn.strip());
        suppliers.add(supplier);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CREATED, AuditSubject.SUPPLIER, cleaned, null,
                supplier.getNameZh() + " / " + supplier.getNameEn());
        return supplier;
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public Supplier rename(String code, String nameZh, String nameEn, Integer expectedVersion) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Supplier supplier = suppliers.byCodeForUpdate(cleaned)
                .orElseThrow(() -> new NotFoundException("supplier.unknown", cleaned));
        MasterDataRights.requireVersion(expectedVersion, supplier.getVersion(), supplier.getCode());
        String before = supplier.getNameZh() + " / " + supplier.getNameEn();
        supplier.rename(nameZh, nameEn);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CHANGED, AuditSubject.SUPPLIER, cleaned, null,
                before + " → " + supplier.getNameZh() + " / " + supplier.getNameEn());
        return supplier;
    }
}
