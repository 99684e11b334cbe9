package org.fieldstock.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

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

    /** The production management department (生产管理部): the BU-level unit that runs the central store and the repair hub. */
    @Column(name = "production_management", nullable = false)
    private boolean productionManagement;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** Two to sixteen capital letters and digits, starting with a letter: store codes add "-G" or "-D". */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

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

    /**
     * The production management department of head office: a unit at BU level under the planning
     * office, whose good store is the central store and whose damaged store is the repair hub.
     */
    public static OrgUnit productionManagement(String code, String nameZh, String nameEn, OrgUnit planningOffice,
            String province) {
        OrgUnit unit = new OrgUnit(code, OrgUnitKind.BU, nameZh, nameEn, planningOffice, province);
        unit.productionManagement = true;
        return unit;
    }

    /**
     * What is wrong with a new org unit, all at once: code (immutable afterwards, so checked
     * strictly), names, and the level of its parent (a BU under the planning office, a site under a BU).
     */
    public static List<Problem> check(String code, OrgUnitKind kind, String nameZh, String nameEn, OrgUnit parent) {
        List<Problem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.code")));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Problem("orgUnit.code.invalid", code));
        }
        if (kind == null || kind == OrgUnitKind.PLANNING_OFFICE) {
            problems.add(new Problem("orgUnit.kind.invalid"));
        } else if (parent == null
                || parent.kind != (kind == OrgUnitKind.BU ? OrgUnitKind.PLANNING_OFFICE : OrgUnitKind.BU)) {
            problems.add(new Problem(kind == OrgUnitKind.BU ? "orgUnit.parent.planningOffice" : "orgUnit.parent.bu"));
        }
        TextRules.requireNames(problems, nameZh, nameEn);
        return problems;
    }

    /** New names; the code stays. */
    public void rename(String nameZh, String nameEn) {
        TextRules.Names names = TextRules.requiredNames(nameZh, nameEn);
        this.nameZh = names.zh();
        this.nameEn = names.en();
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

    /** Whether this is the production management department, with the central store and the repair hub. */
    public boolean isProductionManagement() {
        return productionManagement;
    }

    public String getProvince() {
        return province;
    }

    public int getVersion() {
        return version;
    }
}
