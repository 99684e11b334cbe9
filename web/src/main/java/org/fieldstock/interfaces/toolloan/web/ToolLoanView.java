package org.fieldstock.interfaces.toolloan.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.toolloan.ToolLoanService;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.toolloan.ReturnCondition;
import org.fieldstock.domain.toolloan.ToolLoan;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.toolloan.ToolLoanPdf;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The tool loans of the user's good stores: what is out (the overdue ones marked), lending a tool,
 * taking it back fine or damaged, and the printed loan form. What the user may do the service says.
 */
@Named
@ViewScoped
public class ToolLoanView implements Serializable {

    /** A loan is due back a week after it is lent, unless the keeper says otherwise. */
    private static final int DEFAULT_DAYS = 7;

    @Inject
    private ToolLoanService loans;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private List<StoreRef> stores = List.of();
    private List<StoreRef> lendingStores = List.of();
    private String storeCode;
    private boolean outOnly = true;
    private boolean overdueOnly;
    private List<LoanRow> rows = List.of();

    private String lendStore;
    private ItemRef item;
    private List<String> serials = List.of();
    private String serial;
    private BigDecimal quantity = BigDecimal.ONE;
    private String borrower;
    private String purpose;
    private LocalDate dueOn = LocalDate.now().plusDays(DEFAULT_DAYS);

    private LoanRow returning;
    private ReturnCondition condition = ReturnCondition.FINE;
    private String note;
    private FailureCause cause;

    /** A loan as the table shows it. */
    public record LoanRow(long id, String number, int version, String storeCode, ItemRef item, String serial,
            String quantity, String borrower, String purpose, LocalDate lentOn, LocalDate dueOn, String lentBy,
            boolean out, long daysOverdue, LocalDate returnedOn, ReturnCondition condition, String note,
            Long damageDocumentId, String damageDocument, boolean mayTakeBack) implements Serializable {

        public boolean isOverdue() {
            return daysOverdue > 0;
        }
    }

    public void load() {
        List<org.fieldstock.domain.organisation.Store> good = catalog.stores().stream()
                .filter(store -> store.getKind() == StoreKind.GOOD).toList();
        stores = StoreRef.all(good);
        lendingStores = StoreRef.all(good.stream().filter(loans::mayLendFrom).toList());
        if (lendStore == null && !lendingStores.isEmpty()) {
            lendStore = lendingStores.get(0).code();
        }
        show();
    }

    public void show() {
        feedback.attempt(() -> {
            LocalDate today = LocalDate.now();
            rows = loans.search(storeCode, outOnly, overdueOnly).stream().map(loan -> row(loan, today)).toList();
        });
    }

    private LoanRow row(ToolLoan loan, LocalDate today) {
        return new LoanRow(loan.getId(), loan.getNumber(), loan.getVersion(), loan.getStore().getCode(),
                ItemRef.of(loan.getItem()), loan.getSerialNo(), loan.getQuantity().stripTrailingZeros().toPlainString(),
                loan.getBorrower(), loan.getPurpose(), loan.getLentOn(), loan.getDueOn(), loan.getLentBy(),
                !loan.isReturned(), loan.daysOverdue(today), loan.getReturnedOn(), loan.getCondition(),
                loan.getReturnNote(), loan.getDamageDocument() == null ? null : loan.getDamageDocument().getId(),
                loan.getDamageDocument() == null ? null : loan.getDamageDocument().getNumber(),
                !loan.isReturned() && loans.mayLendFrom(loan.getStore()));
    }

    /** The tools whose code, name or spec contain the text. */
    public List<ItemRef> completeTool(String text) {
        return ItemRef.all(catalog.searchItems(text).stream().filter(i -> i.getCategory() == ItemCategory.TOOL)
                .toList());
    }

    /** The tool or store to lend from changed: the units that may be lent are those in the store, not out. */
    public void toolChanged() {
        serial = null;
        serials = item == null || lendStore == null || !item.serialTracked() ? List.of()
                : feedback.answer(() -> loans.lendableSerials(lendStore, item.code())).orElse(List.of());
        if (!serials.isEmpty()) {
            serial = serials.get(0);
        }
    }

    public void lend() {
        if (item == null) {
            feedback.error("minimumStock.itemRequired");
            return;
        }
        feedback.answer(() -> loans.lend(new ToolLoanService.LoanDraft(lendStore, item.code(), serial,
                item.serialTracked() ? null : quantity, borrower, purpose, LocalDate.now(), dueOn))).ifPresent(loan -> {
                    feedback.info("loans.lent", loan.getItem().getCode() + (loan.getSerialNo() == null ? ""
                            : " " + loan.getSerialNo()), loan.getBorrower(), loan.getDueOn());
                    item = null;
                    serials = List.of();
                    serial = null;
                    quantity = BigDecimal.ONE;
                    borrower = null;
                    purpose = null;
                    dueOn = LocalDate.now().plusDays(DEFAULT_DAYS);
                    show();
                });
    }

    /** Opens the take-back form for the loan. */
    public void startReturn(LoanRow row) {
        returning = row;
        condition = ReturnCondition.FINE;
        note = null;
        cause = null;
    }

    public void takeBack() {
        if (returning == null) {
            return;
        }
        feedback.answer(() -> loans.takeBack(returning.id(), returning.version(),
                new ToolLoanService.ReturnDraft(LocalDate.now(), condition, note, cause))).ifPresent(loan -> {
                    if (loan.getDamageDocument() == null) {
                        feedback.info("loans.takenBack", loan.getNumber());
                    } else {
                        feedback.info("loans.takenBackDamaged", loan.getNumber(), loan.getDamageDocument().getNumber());
                    }
                    returning = null;
                    show();
                });
    }

    /** The printed loan form, in the user's language. */
    public StreamedContent form(LoanRow row) {
        ToolLoan loan = feedback.answer(() -> loans.find(row.id())).orElse(null);
        if (loan == null) {
            return null;
        }
        byte[] pdf = ToolLoanPdf.render(loan, localeSelection.getLocale(),
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName(), Instant.now());
        return DefaultStreamedContent.builder().name(ToolLoanPdf.fileName(loan)).contentType(ToolLoanPdf.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public long getOverdueCount() {
        return rows.stream().filter(LoanRow::isOverdue).count();
    }

    public boolean isMayLend() {
        return !lendingStores.isEmpty();
    }

    public ReturnCondition[] getConditions() {
        return ReturnCondition.values();
    }

    public FailureCause[] getCauses() {
        return FailureCause.values();
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public List<StoreRef> getLendingStores() {
        return lendingStores;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode == null || storeCode.isBlank() ? null : storeCode;
    }

    public boolean isOutOnly() {
        return outOnly;
    }

    public void setOutOnly(boolean outOnly) {
        this.outOnly = outOnly;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public List<LoanRow> getRows() {
        return rows;
    }

    public String getLendStore() {
        return lendStore;
    }

    public void setLendStore(String lendStore) {
        this.lendStore = lendStore;
    }

    public ItemRef getItem() {
        return item;
    }

    public void setItem(ItemRef item) {
        this.item = item;
    }

    public List<String> getSerials() {
        return serials;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getBorrower() {
        return borrower;
    }

    public void setBorrower(String borrower) {
        this.borrower = borrower;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LoanRow getReturning() {
        return returning;
    }

    public ReturnCondition getCondition() {
        return condition;
    }

    public void setCondition(ReturnCondition condition) {
        this.condition = condition;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public FailureCause getCause() {
        return cause;
    }

    public void setCause(FailureCause cause) {
        this.cause = cause;
    }
}
