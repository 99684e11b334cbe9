package org.fieldstock.domain.organisation;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

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

    public OrgUnit getSite() {
        return site;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public String getModel() {
        return model;
    }
}
