package org.fieldstock.domain.organisation;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/** The planning office, a business unit (BU) or a site (wind farm). */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends BaseEntity {

    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private OrgUnitKind kind;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "province")
    private String province;

    protected OrgUnit() {
    }

    public OrgUnit(String code, OrgUnitKind kind, String nameZh, String nameEn, OrgUnit parent, String province) {
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.province = province;
        if (kind == OrgUnitKind.PLANNING_OFFICE && parent != null
                || kind == OrgUnitKind.BU && (parent == null || parent.kind != OrgUnitKind.PLANNING_OFFICE)
                || kind == OrgUnitKind.SITE && (parent == null || parent.kind != OrgUnitKind.BU)) {
            throw new IllegalArgumentException("org unit " + code + " of kind " + kind + " has the wrong parent");
        }
        this.parent = parent;
    }

    /** The business unit this unit belongs to: itself for a BU, its parent for a site, none for the planning office. */
    public OrgUnit businessUnit() {
        return switch (kind) {
            case BU -> this;
            case SITE -> parent;
            case PLANNING_OFFICE -> null;
        };
    }

    public String getCode() {
        return code;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getProvince() {
        return province;
    }
}
