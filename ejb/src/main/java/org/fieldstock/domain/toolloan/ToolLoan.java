package org.fieldstock.domain.toolloan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * One tool lent from a site's good store (临时领用表): by its serial where the tool is tracked, else
 * a quantity; to a person or work team, until a due date. Lending moves no stock: the tool stays on
 * hand, shown as lent, until it is taken back, fine or damaged.
 */
@Entity
@Table(name = "tool_loan")
public class ToolLoan extends BaseEntity {

    public static final int MAX_TEXT = 500;
    public static final int MAX_BORROWER = 100;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "loan_no", nullable = false, updatable = false, length = 30)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "serial_no", updatable = false, length = 60)
    private String serialNo;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "borrower", nullable = false, length = MAX_BORROWER)
    private String borrower;

    @Column(name = "purpose", length = MAX_TEXT)
    private String purpose;

    @Column(name = "lent_on", nullable = false, updatable = false)
    private LocalDate lentOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "lent_by", nullable = false, updatable = false)
    private String lentBy;

    @Column(name = "lent_at", nullable = false, updatable = false)
    private Instant lentAt;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_condition", length = 20)
    private ReturnCondition condition;

    @Column(name = "return_note", length = MAX_TEXT)
    private String returnNote;

    /** For a tool that came back damaged: the storage-damage document that moves it to the damaged store. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "damage_document_id")
    private StockDocument damageDocument;

    protected ToolLoan() {
    }

    /** A new loan; throws with every broken rule at once. What is on hand and lent already the caller checks. */
    public ToolLoan(String number, Store store, Item item, String serialNo, BigDecimal quantity, String borrower,
            String purpose, LocalDate lentOn, LocalDate dueOn, String user, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (store.getKind() != StoreKind.GOOD) {
            problems.add(new Problem("loan.store.notGood", store.getCode()));
        }
        if (item.getCategory() != ItemCategory.TOOL) {
            problems.add(new Problem("loan.item.notTool", item.getCode()));
        }
        String serial = TextRules.clean(serialNo);
        BigDecimal lent = quantity;
        if (item.isSerialTracked()) {
            if (serial == null) {
                problems.add(new Problem("loan.serial.required", item.getCode()));
            }
            lent = BigDecimal.ONE;
        } else if (serial != null) {
            problems.add(new Problem("loan.serial.notTracked", item.getCode()));
        } else if (quantity == null || quantity.signum() <= 0 || !Quantity.fits(quantity)
                || !Quantity.inUnitsOf(quantity, item)) {
            problems.add(new Problem("loan.quantity.invalid", quantity == null ? "" : quantity.toPlainString()));
        }
        String who = TextRules.clean(borrower);
        if (who == null || who.length() > MAX_BORROWER) {
            problems.add(new Problem("loan.borrower.required", MAX_BORROWER));
        }
        String why = TextRules.clean(purpose);
        if (why != null && why.length() > MAX_TEXT) {
            problems.add(new Problem("loan.purpose.tooLong", MAX_TEXT));
        }
        if (lentOn == null || dueOn == null || dueOn.isBefore(lentOn)) {
            problems.add(new Problem("loan.due.beforeLent"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.number = Objects.requireNonNull(number);
        this.store = store;
        this.item = item;
        this.serialNo = serial;
        this.quantity = lent;
        this.borrower = who;
        this.purpose = why;
        this.lentOn = lentOn;
        this.dueOn = dueOn;
        this.lentBy = Objects.requireNonNull(user);
        this.lentAt = Objects.requireNonNull(now);
    }

    /** Signs the tool back in: on the given day, in that condition, with a note (required when damaged). */
    public void takeBack(LocalDate on, ReturnCondition returned, String note, String user, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (isReturned()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "loan.returned", number, returnedOn);
        }
        if (on == null || on.isBefore(lentOn)) {
            problems.add(new Problem("loan.return.beforeLent", lentOn));
        }
        if (returned == null) {
            problems.add(new Problem("loan.condition.required"));
        }
        String text = TextRules.clean(note);
        if (returned == ReturnCondition.DAMAGED && text == null) {
            problems.add(new Problem("loan.damage.noteRequired"));
        }
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new Problem("loan.note.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.returnedOn = on;
        this.condition = returned;
        this.returnNote = text;
        this.returnedBy = Objects.requireNonNull(user);
        this.returnedAt = Objects.requireNonNull(now);
    }

    /** Notes the storage-damage document that moves a tool that came back damaged into the damaged store. */
    public void damageBookedOn(StockDocument document) {
        this.damageDocument = Objects.requireNonNull(document);
    }

    public boolean isReturned() {
        return returnedOn != null;
    }

    /** Out after its due day. */
    public boolean isOverdue(LocalDate today) {
        return !isReturned() && today.isAfter(dueOn);
    }

    /** Days past the due day (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public int getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public Store getStore() {
        return store;
    }

    public Item getItem() {
        return item;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getBorrower() {
        return borrower;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getLentOn() {
        return lentOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getLentBy() {
        return lentBy;
    }

    public Instant getLentAt() {
        return lentAt;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public ReturnCondition getCondition() {
        return condition;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public StockDocument getDamageDocument() {
        return damageDocument;
    }
}
