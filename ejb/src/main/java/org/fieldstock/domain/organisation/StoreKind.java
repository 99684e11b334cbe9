package org.fieldstock.domain.organisation;

/** Every site and BU keeps good and damaged parts in separate stores with separate books. */
public enum StoreKind {
    GOOD,
    DAMAGED
}
