package org.fieldstock.interfaces.organisation.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.omnifaces.cdi.ViewScoped;

/** The turbines of one site: pick the site, add turbines, correct a model. */
@Named
@ViewScoped
public class TurbinesView implements Serializable {

    @Inject
    private OrganisationService organisation;

    @Inject
    private FacesFeedback feedback;

    private List<OrgUnitRef> sites = List.of();
    private String siteCode;
    private List<TurbineRow> turbines = List.of();

    /** The turbine being edited; null while entering a new one. */
    private String editing;
    private Integer version;
    private String turbineNo;
    private String model;

    @PostConstruct
    void init() {
        feedback.attempt(() -> sites = OrgUnitRef.all(organisation.orgUnits().stream()
                .filter(u -> u.getKind() == OrgUnitKind.SITE).toList()));
        if (!sites.isEmpty()) {
            siteCode = sites.get(0).code();
        }
        siteChanged();
    }

    public void siteChanged() {
        startNew();
        turbines = List.of();
        if (siteCode != null) {
            feedback.attempt(() -> turbines = TurbineRow.all(organisation.turbines(siteCode)));
        }
    }

    public void startNew() {
        editing = null;
        version = null;
        turbineNo = null;
        model = null;
    }

    public void edit(TurbineRow turbine) {
        editing = turbine.turbineNo();
        version = turbine.version();
        turbineNo = turbine.turbineNo();
        model = turbine.model();
    }

    public void save() {
        boolean saved = feedback.attempt(() -> {
            Turbine turbine = editing == null ? organisation.addTurbine(siteCode, turbineNo, model)
                    : organisation.changeTurbine(siteCode, editing, model, version);
            feedback.info(editing == null ? "masterdata.created" : "masterdata.saved",
                    siteCode + " " + turbine.getTurbineNo());
            edit(TurbineRow.of(turbine));
        });
        if (saved) {
            feedback.attempt(() -> turbines = TurbineRow.all(organisation.turbines(siteCode)));
        }
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<OrgUnitRef> getSites() {
        return sites;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public List<TurbineRow> getTurbines() {
        return turbines;
    }

    public String getEditing() {
        return editing;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public void setTurbineNo(String turbineNo) {
        this.turbineNo = turbineNo;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }
}
