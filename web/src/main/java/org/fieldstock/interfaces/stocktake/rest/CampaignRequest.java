package org.fieldstock.interfaces.stocktake.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign to open.
 *
 * @param kind     QUARTERLY (the planning office, every store) or MONTHLY (a BU's stores)
 * @param scope    the org unit whose stores are counted; left out: the caller's own (planning office or BU)
 * @param deadline by when the sheets are to be submitted, ISO yyyy-MM-dd
 * @param blind    whether the counters see no book quantities while they count
 * @param remark   free text
 */
@Schema(name = "StocktakeRequest")
public record CampaignRequest(String kind, String scope, LocalDate deadline, Boolean blind, String remark) {
}
