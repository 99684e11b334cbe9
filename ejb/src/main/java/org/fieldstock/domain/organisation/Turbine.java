package org.fieldstock.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/** A wind turbine of a site; its number (风机号) is unique within the site only. */
@Entity
@Table(name = "turbine")
public class Turbine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private OrgUnit site;

    @Column(name = "turbine_no", nullable = false, updatable = false)
    private String turbineNo;

    @Column(name = "model", nullable = false)
    private String model;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** "A01", "B12", "T-07": letters, digits and dashes, up to 10. */
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,9}");

    protected Turbine() {
    }

    public Turbine(OrgUnit site, String turbineNo, String model) {
        if (site.getKind() != OrgUnitKind.SITE) {
            throw new IllegalArgumentException("turbines belong to sites, not to " + site.getCode());
        }
        this.site = site;
        this.turbineNo = Objects.requireNonNull(turbineNo);
        this.model = Objects.requireNonNull(model);
    }

    /** What is wrong with a new turbine's number and model. */
    public static List<Problem> check(String turbineNo, String model) {
        List<Problem> problems = new ArrayList<>();
        if (turbineNo == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.turbineNo")));
        } else if (!NUMBER.matcher(turbineNo).matches()) {
            problems.add(new Problem("turbine.number.invalid", turbineNo));
        }
        TextRules.required(problems, model, 20, "field.model");
        return problems;
    }

    /** The model changes (a wrong entry, or a repowered turbine); the number stays. */
    public void changeModel(String model) {
        List<Problem> problems = new ArrayList<>();
        String cleaned = TextRules.clean(model);
        TextRules.required(problems, cleaned, 20, "field.model");
        TextRules.throwIfAny(problems);
        this.model = cleaned;
    }

    public OrgUnit getSite() {
        return site;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public String getModel() {
        return model;
    }

    public int getVersion() {
        return version;
    }
}
