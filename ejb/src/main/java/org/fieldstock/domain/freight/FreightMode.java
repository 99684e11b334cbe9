package org.fieldstock.domain.freight;

/** How a shipment travels. */
public enum FreightMode {
    /** A hired vehicle (租车), against the reference price of the route. */
    HIRED_VEHICLE,
    /** Air freight (空运). */
    AIR,
    /** Express (快递). */
    EXPRESS
}
