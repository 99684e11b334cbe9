package org.fieldstock.application.dailyreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.application.dailyreport.DailyReportService.CheckedReport;
import org.fieldstock.application.dailyreport.DailyReportService.LineCheck;
import org.fieldstock.domain.dailyreport.DailyReport;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.domain.dailyreport.Punctuality;
import org.fieldstock.domain.dailyreport.ReportLineInput;
import org.fieldstock.domain.document.CategoryRule;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentCheck;
import org.fieldstock.domain.document.DocumentRule;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BilingualText;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.SerialText;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.supplier.SupplierRepository;

/**
 * A daily report's lines as the keeper wrote them read into stores and items, and checked as the BU
 * sees them: each line against the documents it will become (category, store, item, supplier,
 * turbine, units, serials, batch), in the report's own words, and against the stock on hand. The
 * service decides who may submit and draft; this says what the lines are worth.
 */
@ApplicationScoped
public class DailyReportChecks {

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private RequisitionRepository requisitions;

    @Inject
    private StockLedger ledger;

    /** Every line of the report checked as the BU sees it, with how punctual the report was against the deadline. */
    public CheckedReport checked(DailyReport report, LocalTime deadline) {
        Map<Integer, LineCheck> checks = new LinkedHashMap<>();
        Map<List<Long>, BigDecimal> outSoFar = new HashMap<>();
        for (DailyReportLine line : report.getLines()) {
            List<Problem> errors = new ArrayList<>();
            List<Problem> warnings = new ArrayList<>();
            int no = line.getLineNo();
            Item item = line.getItem();
            DocumentCategory category = line.getCategory();
            if (item == null) {
                errors.add(new Problem("dailyReport.flag.itemUnknown", no, line.getItemCode()));
            } else if (line.getItemName() != null && !sameName(line.getItemName(), item)) {
                warnings.add(new Problem("dailyReport.flag.nameDiffers", no, line.getItemName(), item.getNameZh()));
            }
            if (category == null) {
                errors.add(new Problem("dailyReport.flag.categoryMissing", no));
            } else {
                checkCategory(line, category, errors);
            }
            if (item != null && errors.isEmpty()) {
                checkAsDocumentLine(report.getSite(), line, errors);
            }
            if (item != null && !line.isIn()) {
                List<Long> key = List.of(line.getStore().getId(), item.getId());
                BigDecimal out = outSoFar.merge(key, line.getQuantity().negate(), BigDecimal::add);
                BigDecimal onHand = ledger.balance(line.getStore(), item);
                if (out.compareTo(onHand) > 0) {
                    warnings.add(new Problem("dailyReport.flag.beyondOnHand", no, item.getCode(),
                            line.getStore().getCode(), onHand.stripTrailingZeros().toPlainString()));
                }
            }
            checks.put(no, new LineCheck(List.copyOf(errors), List.copyOf(warnings)));
        }
        Punctuality punctuality = Punctuality.of(report.getDay(), report.getSubmittedAt(), Instant.now(), deadline,
                ZoneId.systemDefault());
        return new CheckedReport(report, checks, punctuality);
    }

    private void checkCategory(DailyReportLine line, DocumentCategory category, List<Problem> errors) {
        int no = line.getLineNo();
        MessageKey name = MessageKey.of(category);
        if (!category.reportedBySites()) {
            errors.add(new Problem("dailyReport.flag.categoryNotHere", no, name));
            return;
        }
        // the category's rules are the documents' own, in the report's words
        String supplier = line.getSupplierCode();
        List<CategoryRule> broken = CategoryRule.brokenBy(category, new CategoryRule.Booking(line.isIn() ? 1 : -1,
                line.getStore().getKind(), line.getItem(), supplier != null));
        for (CategoryRule rule : broken) {
            errors.add(switch (rule) {
                case DIRECTION -> new Problem(line.isIn() ? "dailyReport.flag.inButOutbound"
                        : "dailyReport.flag.outButInbound", no, name);
                case STORE_KIND -> new Problem("dailyReport.flag.storeKind", no, name, line.getStore().getCode());
                case ITEM_CLASS -> new Problem("dailyReport.flag.itemClass", no, line.getItem().getCode(), name);
                case SUPPLIER_REQUIRED -> new Problem("dailyReport.flag.supplierMissing", no, name);
                case SUPPLIER_NOT_ALLOWED -> new Problem("dailyReport.flag.supplierNotAllowed", no, name);
            });
        }
        if (supplier != null && !broken.contains(CategoryRule.SUPPLIER_NOT_ALLOWED)
                && suppliers.byCode(supplier).isEmpty()) {
            errors.add(new Problem("dailyReport.flag.supplierUnknown", no, supplier));
        }
        checkRequisition(line, category, errors);
    }

    /** A petty purchase names the site's approved requisition it was bought for; only a purchase names one. */
    private void checkRequisition(DailyReportLine line, DocumentCategory category, List<Problem> errors) {
        int no = line.getLineNo();
        String number = line.getRequisitionNumber();
        if (number == null) {
            if (category == DocumentCategory.PETTY_PURCHASE) {
                errors.add(new Problem("dailyReport.flag.requisitionMissing", no));
            }
            return;
        }
        if (!category.isPurchase()) {
            errors.add(new Problem("dailyReport.flag.requisitionNotHere", no, number, MessageKey.of(category)));
            return;
        }
        Optional<Requisition> requisition = requisitions.byNumber(number)
                .filter(r -> r.getSite().getCode().equals(line.getReport().getSite().getCode()));
        if (requisition.isEmpty()) {
            errors.add(new Problem("dailyReport.flag.requisitionUnknown", no, number));
        } else if (requisition.get().getStatus() != RequisitionStatus.APPROVED) {
            errors.add(new Problem("dailyReport.flag.requisitionNotApproved", no, number,
                    MessageKey.of(requisition.get().getStatus())));
        }
    }

    /**
     * The rules the line will meet as a document's line (turbine, whole units, serials, batch), with
     * the report's line number, so that a report the check passes also drafts.
     */
    private void checkAsDocumentLine(OrgUnit site, DailyReportLine line, List<Problem> errors) {
        int no = line.getLineNo();
        Turbine turbine = null;
        if (line.getTurbineNo() != null) {
            turbine = organisation.turbine(site, line.getTurbineNo()).orElse(null);
            if (turbine == null) {
                errors.add(new Problem("line.turbine.unknown", no, line.getTurbineNo(), site.getCode()));
                return;
            }
        }
        NewLine asDocumentLine = new NewLine(line.getItem(), line.getQuantity().abs(), documentRemark(line), turbine,
                documentBatch(line), null, SerialText.split(line.getSerials()));
        // the lines' rules less the category's, which are checked above in the report's words
        errors.addAll(DocumentCheck.of(DocumentRule.OF_THE_LINES).without(DocumentRule.ITEM_CLASS).numberedFrom(no)
                .check(line.getCategory(), line.getStore(), null, line.getReport().getDay(), List.of(asDocumentLine)));
    }

    /** Names match when they are the catalogue's Chinese or English name, spaces and case aside. */
    private static boolean sameName(String written, Item item) {
        String plain = normalised(written);
        return plain.equals(normalised(item.getNameZh())) || plain.equals(normalised(item.getNameEn()));
    }

    private static String normalised(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Codes into stores and items; every problem of every line at once. */
    public List<ReportLineInput> resolve(List<Store> stores, List<DailyReportDraft.Line> lines) {
        List<Problem> problems = new ArrayList<>();
        List<ReportLineInput> resolved = new ArrayList<>();
        int no = 0;
        for (DailyReportDraft.Line line : lines) {
            no++;
            if (line == null) {
                problems.add(new Problem("dailyReport.line.item", no));
                continue;
            }
            Store store = store(stores, line, no, problems);
            BigDecimal quantity = quantity(line, no, problems);
            String code = TextRules.clean(line.itemCode());
            Item item = code == null ? null : items.byCode(code).orElse(null);
            resolved.add(new ReportLineInput(store, line.category(), code, item, TextRules.clean(line.itemName()),
                    quantity, line.balance(), TextRules.clean(line.supplierCode()), TextRules.clean(line.turbineNo()),
                    TextRules.clean(line.batchNo()), TextRules.clean(line.serials()), TextRules.clean(line.remark()),
                    TextRules.clean(line.requisitionNumber())));
        }
        TextRules.throwIfAny(problems);
        return resolved;
    }

    /** The store named, or by default the good store, or the damaged one for categories that book there. */
    private static Store store(List<Store> stores, DailyReportDraft.Line line, int no, List<Problem> problems) {
        String code = TextRules.clean(line.storeCode());
        if (code != null) {
            Optional<Store> named = stores.stream().filter(s -> s.getCode().equalsIgnoreCase(code)).findFirst();
            if (named.isEmpty()) {
                problems.add(new Problem("dailyReport.line.storeUnknown", no, code));
            }
            return named.orElse(null);
        }
        StoreKind kind = line.category() != null && !line.category().acceptsStore(StoreKind.GOOD)
                ? StoreKind.DAMAGED : StoreKind.GOOD;
        return stores.stream().filter(s -> s.getKind() == kind).findFirst().orElse(stores.get(0));
    }

    /** In positive, out negative: exactly one of the two, and more than nothing. */
    private static BigDecimal quantity(DailyReportDraft.Line line, int no, List<Problem> problems) {
        boolean in = line.in() != null && line.in().signum() != 0;
        boolean out = line.out() != null && line.out().signum() != 0;
        if (in == out) {
            problems.add(new Problem("dailyReport.line.inOrOut", no));
            return null;
        }
        BigDecimal quantity = in ? line.in() : line.out();
        if (quantity.signum() < 0) {
            problems.add(new Problem("dailyReport.line.quantityInvalid", no, quantity.toPlainString()));
            return null;
        }
        return in ? quantity : quantity.negate();
    }

    /**
     * Goods coming in need their batch's expiry date, which a site's ledger does not give: the
     * batch goes into the line's remark for the accountant to complete the document with.
     */
    static String documentBatch(DailyReportLine line) {
        return line.isIn() ? null : line.getBatchNo();
    }

    static String documentRemark(DailyReportLine line) {
        if (!line.isIn() || line.getBatchNo() == null) {
            return line.getRemark();
        }
        return (line.getRemark() == null ? "" : line.getRemark() + " ") + BilingualText.of("dailyReport.batch") + " "
                + line.getBatchNo();
    }
}
