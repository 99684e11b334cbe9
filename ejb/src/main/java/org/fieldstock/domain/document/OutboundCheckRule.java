package org.fieldstock.domain.document;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;

/**
 * A rule that outbounds are checked by a second person before review (出库复核, 3篇 1.3): of one BU's
 * stores and its sites' (none: every BU), of one outbound category (none: every one that may be
 * checked).
 */
@Entity
@Table(name = "outbound_check_rule")
public class OutboundCheckRule extends BaseEntity {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "business_unit_id", updatable = false)
    private OrgUnit businessUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", updatable = false, length = 30)
    private DocumentCategory category;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    protected OutboundCheckRule() {
    }

    public OutboundCheckRule(OrgUnit businessUnit, DocumentCategory category, String user, Instant now) {
        if (category != null && !category.checkable()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "outboundCheck.category.notCheckable",
                    org.fieldstock.domain.shared.MessageKey.of(category));
        }
        this.businessUnit = businessUnit;
        this.category = category;
        this.setBy = Objects.requireNonNull(user);
        this.setAt = Objects.requireNonNull(now);
    }

    /** Whether the rule asks for a check of an outbound of this category from this store. */
    public boolean covers(DocumentCategory documentCategory, Store store) {
        return documentCategory.checkable() && (category == null || category == documentCategory)
                && (businessUnit == null || store.businessUnit() != null
                        && businessUnit.getCode().equals(store.businessUnit().getCode()));
    }

    /** Whether it is the rule of that BU (or of every BU) and that category (or of every one). */
    public boolean isFor(OrgUnit unit, DocumentCategory ofCategory) {
        return Objects.equals(businessUnit == null ? null : businessUnit.getCode(), unit == null ? null : unit.getCode())
                && category == ofCategory;
    }

    public OrgUnit getBusinessUnit() {
        return businessUnit;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
