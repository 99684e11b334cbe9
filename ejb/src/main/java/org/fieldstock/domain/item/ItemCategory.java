package org.fieldstock.domain.item;

/** Item category (存货分类). */
public enum ItemCategory {
    SPARE,
    TOOL,
    CONSUMABLE
}
