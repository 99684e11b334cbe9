package org.fieldstock.domain.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * Everything about an item that the planning office types in, except its code. A shelf life
 * makes the item batch-tracked.
 */
public record ItemDetails(String nameZh, String nameEn, String spec, Unit unit, ItemCategory category,
        RepairClass repairClass, BigDecimal unitPrice, Integer shelfLifeMonths, String turbineModels,
        boolean serialTracked) {

    /** A shelf life beyond fifty years is a typing error. */
    static final int MAX_SHELF_LIFE_MONTHS = 600;
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    /** The same details with surrounding spaces removed and blank text as none. */
    public static ItemDetails cleaned(String nameZh, String nameEn, String spec, String unitZh, String unitEn,
            ItemCategory category, RepairClass repairClass, BigDecimal unitPrice, Integer shelfLifeMonths,
            String turbineModels, boolean serialTracked) {
        String zh = TextRules.clean(unitZh);
        String en = TextRules.clean(unitEn);
        return new ItemDetails(TextRules.clean(nameZh), TextRules.clean(nameEn), TextRules.clean(spec),
                zh == null && en == null ? null : new Unit(zh == null ? "" : zh, en == null ? "" : en), category,
                repairClass, unitPrice, shelfLifeMonths, TextRules.clean(turbineModels), serialTracked);
    }

    /** Every problem of these details at once. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        TextRules.required(problems, nameZh, 100, "field.nameZh");
        TextRules.required(problems, nameEn, 150, "field.nameEn");
        TextRules.optional(problems, spec, 200, "field.spec");
        TextRules.required(problems, unit == null ? null : TextRules.clean(unit.zh()), 10, "field.unitZh");
        TextRules.required(problems, unit == null ? null : TextRules.clean(unit.en()), 10, "field.unitEn");
        if (category == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.category")));
        }
        if (repairClass == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.repairClass")));
        }
        if (unitPrice != null && (unitPrice.signum() < 0 || unitPrice.compareTo(MAX_PRICE) > 0
                || unitPrice.stripTrailingZeros().scale() > 2)) {
            problems.add(new Problem("item.unitPrice.invalid", unitPrice.toPlainString()));
        }
        if (shelfLifeMonths != null && (shelfLifeMonths < 1 || shelfLifeMonths > MAX_SHELF_LIFE_MONTHS)) {
            problems.add(new Problem("item.shelfLife.invalid", shelfLifeMonths, MAX_SHELF_LIFE_MONTHS));
        }
        TextRules.optional(problems, turbineModels, 40, "field.turbineModels");
        return problems;
    }

    /** Whether these details say the same as the others (a price of 1200.50 is 1200.5). */
    public boolean sameAs(ItemDetails other) {
        return differencesTo(other).isEmpty();
    }

    /** "field: before → after" for every field that differs, for the audit trail. */
    List<String> differencesTo(ItemDetails after) {
        List<String> changes = new ArrayList<>();
        difference(changes, "nameZh", nameZh, after.nameZh);
        difference(changes, "nameEn", nameEn, after.nameEn);
        difference(changes, "spec", spec, after.spec);
        difference(changes, "unit", unit.zh() + "/" + unit.en(), after.unit.zh() + "/" + after.unit.en());
        difference(changes, "category", category, after.category);
        difference(changes, "repairClass", repairClass, after.repairClass);
        difference(changes, "unitPrice", unitPrice == null ? null : unitPrice.stripTrailingZeros().toPlainString(),
                after.unitPrice == null ? null : after.unitPrice.stripTrailingZeros().toPlainString());
        difference(changes, "shelfLifeMonths", shelfLifeMonths, after.shelfLifeMonths);
        difference(changes, "turbineModels", turbineModels, after.turbineModels);
        difference(changes, "serialTracked", serialTracked, after.serialTracked);
        return changes;
    }

    private static void difference(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
        }
    }
}
