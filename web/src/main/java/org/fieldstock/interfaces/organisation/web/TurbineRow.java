package org.fieldstock.interfaces.organisation.web;

import java.io.Serializable;
import java.util.List;

import org.fieldstock.domain.organisation.Turbine;

/** A turbine of the site on screen: its number, model, and the version a change is made against. */
public record TurbineRow(String turbineNo, String model, int version) implements Serializable {

    static TurbineRow of(Turbine turbine) {
        return new TurbineRow(turbine.getTurbineNo(), turbine.getModel(), turbine.getVersion());
    }

    static List<TurbineRow> all(List<Turbine> turbines) {
        return turbines.stream().map(TurbineRow::of).toList();
    }
}
