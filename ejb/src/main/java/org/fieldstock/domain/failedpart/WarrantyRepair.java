package org.fieldstock.domain.failedpart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;

/**
 * A tool under warranty repaired at the site by its maker (3篇 1.5): against the tool's serial, the
 * day, the maker and what was done. No stock moves and nothing is shipped; the entry joins the
 * unit's history. Never changed once recorded.
 */
@Entity
@Table(name = "warranty_repair")
public class WarrantyRepair extends BaseEntity {

    public static final int MAX_MAKER_LENGTH = 100;
    public static final int MAX_WORK_LENGTH = 500;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "serial_no", nullable = false, updatable = false)
    private String serialNo;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private OrgUnit site;

    @Column(name = "repaired_on", nullable = false, updatable = false)
    private LocalDate repairedOn;

    @Column(name = "maker", nullable = false, updatable = false)
    private String maker;

    @Column(name = "work_done", nullable = false, updatable = false)
    private String workDone;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected WarrantyRepair() {
    }

    /** Refused, with every problem at once, unless the unit is a serial-tracked tool and the entry is complete. */
    public WarrantyRepair(Item item, String serialNo, OrgUnit site, LocalDate repairedOn, String maker, String workDone,
            LocalDate today, String user, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (item.getCategory() != ItemCategory.TOOL || !item.isSerialTracked()) {
            problems.add(new Problem("warranty.notATrackedTool", item.getCode()));
        }
        if (repairedOn == null) {
            problems.add(new Problem("warranty.date.required"));
        } else if (repairedOn.isAfter(today)) {
            problems.add(new Problem("warranty.date.future", repairedOn.toString()));
        }
        String byMaker = maker == null ? "" : maker.strip();
        String work = workDone == null ? "" : workDone.strip();
        if (byMaker.isEmpty() || byMaker.length() > MAX_MAKER_LENGTH) {
            problems.add(new Problem("warranty.maker.invalid", MAX_MAKER_LENGTH));
        }
        if (work.isEmpty() || work.length() > MAX_WORK_LENGTH) {
            problems.add(new Problem("warranty.work.invalid", MAX_WORK_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.item = item;
        this.serialNo = Objects.requireNonNull(serialNo);
        this.site = Objects.requireNonNull(site);
        this.repairedOn = repairedOn;
        this.maker = byMaker;
        this.workDone = work;
        this.recordedBy = Objects.requireNonNull(user);
        this.recordedAt = Objects.requireNonNull(now);
    }

    public Item getItem() {
        return item;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public OrgUnit getSite() {
        return site;
    }

    public LocalDate getRepairedOn() {
        return repairedOn;
    }

    public String getMaker() {
        return maker;
    }

    public String getWorkDone() {
        return workDone;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
