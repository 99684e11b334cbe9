package org.fieldstock.domain.receiving;

/** What was wrong with a delivery when it was checked and counted. */
public enum DiscrepancyKind {
    /** Fewer than the papers say (短少). */
    SHORT,
    /** More than the papers say (多出). */
    OVER,
    /** The packaging arrived damaged (包装破损). */
    DAMAGED_PACKAGING,
    /** The goods themselves arrived damaged (货物损坏). */
    DAMAGED_GOODS
}
