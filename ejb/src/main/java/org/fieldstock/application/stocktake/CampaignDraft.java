package org.fieldstock.application.stocktake;

import java.time.LocalDate;

import org.fieldstock.domain.stocktake.CampaignKind;

/**
 * A campaign as asked for: its kind, the org unit whose stores it counts (the planning office for
 * the quarterly count of every store, a BU for its own quarterly or monthly count), the deadline,
 * blind counting, and a remark.
 */
public record CampaignDraft(CampaignKind kind, String scopeCode, LocalDate deadline, boolean blind, String remark) {
}
