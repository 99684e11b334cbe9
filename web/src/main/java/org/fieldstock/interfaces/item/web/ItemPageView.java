package org.fieldstock.interfaces.item.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.requisition.DemandPlanService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * An item's page: what it is, and per BU the user sees its consumption (self use) last year, this
 * year and its plan, beside the annual demand plan's figures.
 */
@Named
@ViewScoped
public class ItemPageView implements Serializable {

    @Inject
    private CatalogService catalog;

    @Inject
    private DemandPlanService plans;

    @Inject
    private FacesFeedback feedback;

    private String code;
    private ItemRef item;
    private List<YearRow> years = List.of();

    /** A BU's year of the item: consumed (none for a year to come), planned, and how much of the plan was used. */
    public record YearRow(String buCode, int year, BigDecimal consumed, BigDecimal planned, Integer percentOfPlan)
            implements Serializable {
    }

    public void load() {
        item = ItemRef.of(catalog.item(code).orElse(null));
        if (item == null) {
            feedback.error("item.unknownCode", code == null ? "" : code);
            return;
        }
        years = feedback.answer(() -> plans.ofItem(code).stream().map(y -> new YearRow(y.buCode(), y.year(),
                y.consumed() == null ? null : plain(y.consumed()), y.planned() == null ? null : plain(y.planned()),
                percent(y.consumed(), y.planned()))).toList()).orElse(List.of());
    }

    private static Integer percent(BigDecimal consumed, BigDecimal planned) {
        if (consumed == null || planned == null || planned.signum() == 0) {
            return null;
        }
        return consumed.multiply(BigDecimal.valueOf(100)).divide(planned, 0, java.math.RoundingMode.HALF_UP)
                .intValue();
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ItemRef getItem() {
        return item;
    }

    public List<YearRow> getYears() {
        return years;
    }
}
