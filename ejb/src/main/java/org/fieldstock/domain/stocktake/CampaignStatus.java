package org.fieldstock.domain.stocktake;

/**
 * Opening freezes the stores' book quantities, a few stores per step; the campaign is open for
 * counting once every store is frozen, until it is closed (sheets not approved by then stay
 * unadjusted, and their stores may be counted again). A campaign whose opening failed can only be
 * discarded.
 */
public enum CampaignStatus {
    OPENING, OPEN, CLOSED, FAILED
}
