package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;

/**
 * One line of the annual demand plan (年度需求计划): how much of an item a BU is planned to need in a
 * year, as the planning office set it, with its note.
 */
@Entity
@Table(name = "demand_plan_line")
public class DemandPlanLine extends BaseEntity {

    /** Longest note kept, as the column holds it. */
    public static final int MAX_NOTE_LENGTH = 300;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "bu_id", nullable = false, updatable = false)
    private OrgUnit businessUnit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "planned_qty", nullable = false, precision = 18, scale = 4)
    private BigDecimal planned;

    @Column(name = "note")
    private String note;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected DemandPlanLine() {
    }

    public DemandPlanLine(int year, OrgUnit businessUnit, Item item, BigDecimal planned, String note, String user,
            Instant now) {
        if (businessUnit.getKind() != OrgUnitKind.BU) {
            throw new IllegalArgumentException(businessUnit.getCode() + " is no BU");
        }
        this.year = year;
        this.businessUnit = businessUnit;
        this.item = Objects.requireNonNull(item);
        change(planned, note, user, now);
    }

    /** Sets the planned quantity and note; refused when not a quantity of the item. */
    public void change(BigDecimal newPlanned, String newNote, String user, Instant now) {
        List<Problem> problems = problems(item, newPlanned, newNote);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.planned = newPlanned;
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        this.setBy = Objects.requireNonNull(user);
        this.setAt = Objects.requireNonNull(now);
    }

    /** What is wrong with a planned quantity for the item: zero or more, in its units; a note that fits. */
    public static List<Problem> problems(Item item, BigDecimal planned, String note) {
        List<Problem> problems = new ArrayList<>();
        if (planned == null || planned.signum() < 0 || !Quantity.fits(planned) || !item.acceptsQuantity(planned)) {
            problems.add(new Problem("demandPlan.quantity.invalid", item.getCode(),
                    planned == null ? "" : planned.toPlainString(), item.getUnitEn()));
        }
        if (note != null && note.strip().length() > MAX_NOTE_LENGTH) {
            problems.add(new Problem("demandPlan.note.tooLong", item.getCode(), MAX_NOTE_LENGTH));
        }
        return problems;
    }

    public int getYear() {
        return year;
    }

    public OrgUnit getBusinessUnit() {
        return businessUnit;
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public String getNote() {
        return note;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
