package org.fieldstock.domain.requisition;

import org.fieldstock.domain.item.ItemCategory;

/** The three lists a requisition keeps apart (3篇 1.1): tools, consumables, spares. */
public enum RequisitionLineKind {
    TOOL, CONSUMABLE, SPARE;

    public static RequisitionLineKind of(ItemCategory category) {
        return switch (category) {
            case TOOL -> TOOL;
            case CONSUMABLE -> CONSUMABLE;
            case SPARE -> SPARE;
        };
    }
}
