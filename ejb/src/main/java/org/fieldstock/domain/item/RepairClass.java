package org.fieldstock.domain.item;

/** Class I parts have no repair value and are scrapped; class II parts go back to the repair hub. */
public enum RepairClass {
    I,
    II
}
