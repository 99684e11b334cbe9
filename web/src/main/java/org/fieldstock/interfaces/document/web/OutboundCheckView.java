package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.document.OutboundCheckService;
import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.OutboundCheckRule;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * The rules of which outbounds a second person checks before review (出库复核): listed for all who do
 * stock work; the BU's accountant adds and removes its BU's, the planning office any.
 */
@Named
@ViewScoped
public class OutboundCheckView implements Serializable {

    @Inject
    private OutboundCheckService checks;

    @Inject
    private OrganisationService organisation;

    @Inject
    private FacesFeedback feedback;

    private List<RuleRow> rules = List.of();
    private List<OrgUnitRef> businessUnits = List.of();
    private String businessUnitCode;
    private DocumentCategory category;

    /** A rule as the table shows it, with whether the user may remove it. */
    public record RuleRow(long id, String businessUnitCode, DocumentCategory category, String setBy, Instant setAt,
            boolean removable) implements Serializable {
    }

    public void load() {
        businessUnits = OrgUnitRef.all(organisation.orgUnitsOfKind(OrgUnitKind.BU).stream().filter(checks::maySet)
                .toList());
        if (businessUnitCode == null && !businessUnits.isEmpty() && !checks.maySet(null)) {
            businessUnitCode = businessUnits.get(0).code();
        }
        show();
    }

    private void show() {
        feedback.attempt(() -> rules = checks.rules().stream().map(this::row).toList());
    }

    private RuleRow row(OutboundCheckRule rule) {
        return new RuleRow(rule.getId(), rule.getBusinessUnit() == null ? null : rule.getBusinessUnit().getCode(),
                rule.getCategory(), rule.getSetBy(), rule.getSetAt(), checks.maySet(rule.getBusinessUnit()));
    }

    public void add() {
        if (feedback.attempt(() -> checks.require(businessUnitCode, category))) {
            feedback.info("outboundCheck.saved");
            show();
        }
    }

    public void remove(RuleRow row) {
        if (feedback.attempt(() -> checks.remove(row.id()))) {
            show();
        }
    }

    /** Whether the user sets any rule: the planning office, or a BU's accountant. */
    public boolean isMaySet() {
        return !businessUnits.isEmpty();
    }

    /** Whether the user may set a rule of every BU at once (the planning office). */
    public boolean isMaySetEveryBu() {
        return checks.maySet(null);
    }

    public List<DocumentCategory> getCategories() {
        return java.util.Arrays.stream(DocumentCategory.values()).filter(DocumentCategory::checkable).toList();
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public List<OrgUnitRef> getBusinessUnits() {
        return businessUnits;
    }

    public String getBusinessUnitCode() {
        return businessUnitCode;
    }

    public void setBusinessUnitCode(String businessUnitCode) {
        this.businessUnitCode = businessUnitCode == null || businessUnitCode.isBlank() ? null : businessUnitCode;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }
}
