package org.fieldstock.domain.stocktake;

/**
 * Opening freezes the stores' book quantities, a few stores per step; the campaign is open for
 * counting once every store is frozen. A campaign whose opening failed can only be discarded.
 */
public enum CampaignStatus {
    OPENING, OPEN, FAILED
}
