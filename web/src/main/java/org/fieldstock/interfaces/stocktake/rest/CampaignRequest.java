package org.fieldstock.interfaces.stocktake.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign to open.
 *
 * @param kind     QUARTERLY (every store, or a BU's stores) or MONTHLY (a BU's stores)
 * @param scope    the org unit whose stores are counted: the planning office (every store) or a BU (its
 *                 own stores and its sites'); left out: every store for QUARTERLY, the caller's BU for MONTHLY
 * @param deadline by when the sheets are to be submitted, ISO yyyy-MM-dd
 * @param blind    whether the counters see no book quantities while they count
 * @param remark   free text
 */
@Schema(name = "StocktakeRequest")
public record CampaignRequest(String kind, String scope, LocalDate deadline, Boolean blind, String remark) {
}
