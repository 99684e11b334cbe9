package org.fieldstock.domain.requisition;

/** How soon a requisition line is needed (一般 / 急 / 特急). */
public enum Urgency {
    NORMAL, URGENT, EMERGENCY
}
