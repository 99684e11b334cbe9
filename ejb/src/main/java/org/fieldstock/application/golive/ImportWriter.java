package org.fieldstock.application.golive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.closing.ClosedMonths;
import org.fieldstock.application.golive.ImportCheck.Checked;
import org.fieldstock.application.item.ItemMasterService;
import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.application.stock.StockPosting;
import org.fieldstock.application.supplier.SupplierService;
import org.fieldstock.application.user.UserAdminService;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.golive.ImportOutcome.RowEffect;
import org.fieldstock.domain.golive.ImportPassword;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportRunRepository;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.golive.RowReader;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.LongTransaction;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Role;

/**
 * Writes the rows a check passed, in the transaction of the run that wrote them (all or nothing),
 * through the same services the screens use: their rules, rights and audit trail apply to every
 * row. The opening balances are one document per store, dated on the go-live day and reviewed at
 * once through the one posting path.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ImportWriter {

    /** Master-data rows written between two releases of the transaction's entities. */
    private static final int RELEASE_EVERY = 200;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private ItemMasterService itemService;

    @Inject
    private SupplierService supplierService;

    @Inject
    private UserAdminService userService;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private StockPosting posting;

    @Inject
    private ImportRunRepository runs;

    @Inject
    private ClosedMonths closedMonths;

    @Inject
    private AuditTrail audit;

    @Inject
    private LongTransaction transaction;

    /** Writes the rows in order, telling how many are done as it goes; returns the opening documents' numbers. */
    public List<String> write(long runId, List<Checked> rows, LocalDate goLiveDay, String fileName, String user,
            IntConsumer progress) {
        Map<String, List<ImportRow>> openings = new LinkedHashMap<>();
        int done = 0;
        int written = 0;
        for (Checked checked : rows) {
            ImportRow row = checked.row();
            if (row.sheet() == ImportSheet.OPENING_BALANCES) {
                if (checked.effect() == RowEffect.CREATE) {
                    openings.computeIfAbsent(row.get("store_code").toUpperCase(Locale.ROOT),
                            code -> new ArrayList<>()).add(row);
                } else {
                    progress.accept(++done);
                }
                continue;
            }
            if (checked.effect() != RowEffect.NONE) {
                write(runId, row, checked.effect() == RowEffect.CREATE);
                if (++written % RELEASE_EVERY == 0) {
                    transaction.release();
                }
            }
            progress.accept(++done);
        }
        transaction.release();
        List<String> numbers = new ArrayList<>();
        for (Map.Entry<String, List<ImportRow>> opening : openings.entrySet()) {
            numbers.add(open(opening.getKey(), opening.getValue(), goLiveDay, fileName, user));
            transaction.release();
            for (int i = 0; i < opening.getValue().size(); i++) {
                progress.accept(++done);
            }
        }
        audit.record(user, AuditAction.GO_LIVE_IMPORTED, AuditSubject.IMPORT_RUN, Long.toString(runId), null,
                (fileName + " " + rows.size() + " rows " + String.join(" ", numbers)).strip());
        return numbers;
    }

    private void write(long runId, ImportRow row, boolean create) {
        RowReader cells = new RowReader(row, new ArrayList<>());
        switch (row.sheet()) {
            case ORG_UNITS -> {
                if (create) {
                    organisationService.createOrgUnit(cells.code("code"), cells.constant("kind", OrgUnitKind.class),
                            cells.text("name_zh"), cells.text("name_en"), cells.code("parent_code"),
                            cells.text("province"));
                } else {
                    organisationService.renameOrgUnit(cells.code("code"), cells.text("name_zh"),
                            cells.text("name_en"), null);
                }
            }
            case STORES -> {
                Store store = organisation.storeByCode(cells.code("code"))
                        .orElseThrow(() -> new NotFoundException("store.unknown", cells.code("code")));
                if (!store.getNameZh().equals(cells.text("name_zh")) || !store.getNameEn().equals(cells.text("name_en"))) {
                    organisationService.renameStore(store.getCode(), cells.text("name_zh"), cells.text("name_en"),
                            null);
                }
                // an empty "active" cell leaves the store as it is
                if (row.get("active") != null && cells.flag("active") != store.isActive()) {
                    organisationService.setStoreActive(store.getCode(), cells.flag("active"), null);
                }
            }
            case ITEMS -> {
                String code = cells.code("code");
                ItemDetails details = ImportValues.itemDetails(cells);
                if (create) {
                    itemService.create(code, details);
                } else {
                    itemService.change(code, details, null);
                }
                itemService.changePackedVolume(code, cells.decimal("packed_volume_m3"));
            }
            case SUPPLIERS -> {
                if (create) {
                    supplierService.create(cells.code("code"), cells.text("name_zh"), cells.text("name_en"));
                } else {
                    supplierService.rename(cells.code("code"), cells.text("name_zh"), cells.text("name_en"), null);
                }
            }
            case TURBINES -> {
                if (create) {
                    organisationService.addTurbine(cells.code("site_code"), cells.code("turbine_no"),
                            cells.text("model"));
                } else {
                    organisationService.changeTurbine(cells.code("site_code"), cells.code("turbine_no"),
                            cells.text("model"), null);
                }
            }
            case USERS -> {
                Set<Role> roles = ImportValues.roles(cells);
                if (create) {
                    UserAdminService.Created created = userService.create(cells.text("username"),
                            cells.text("display_name"), cells.code("org_unit"), roles);
                    runs.add(new ImportPassword(runId, created.user().getUsername(), created.temporaryPassword()));
                } else {
                    userService.change(cells.text("username"), cells.text("display_name"), cells.code("org_unit"),
                            roles);
                }
            }
            case OPENING_BALANCES -> throw new IllegalArgumentException("opening balances are posted per store");
        }
    }

    private String open(String storeCode, List<ImportRow> rows, LocalDate goLiveDay, String fileName, String user) {
        Store store = organisation.storeByCode(storeCode)
                .orElseThrow(() -> new NotFoundException("store.unknown", storeCode));
        List<NewLine> lines = new ArrayList<>();
        for (ImportRow row : rows) {
            RowReader cells = new RowReader(row, new ArrayList<>());
            String itemCode = cells.code("item_code");
            lines.add(ImportValues.openingLine(cells, items.byCode(itemCode)
                    .orElseThrow(() -> new NotFoundException("item.unknownCode", itemCode))));
        }
        closedMonths.requireOpen(store, goLiveDay, null);
        StockDocument opening = new StockDocument(documents.nextNumber(DocumentType.OTHER_INBOUND, goLiveDay),
                DocumentCategory.OPENING_BALANCE, store, null, goLiveDay, remark(fileName), lines, user, Instant.now());
        return posting.addReviewed(opening, user).getNumber();
    }

    /** The document's remark names the file it came from (as much of its name as fits). */
    private static String remark(String fileName) {
        String remark = "Go-live import: " + fileName;
        return remark.length() > 200 ? remark.substring(0, 200) : remark;
    }
}
