package org.fieldstock.interfaces.stocktake.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.fieldstock.domain.stocktake.CampaignKind;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/**
 * A stocktake campaign as the list and its page show it: what it counts and until when, how far
 * its opening is, why it failed if it did, who opened it, and the version it is closed against.
 */
public record CampaignRow(long id, String number, CampaignKind kind, OrgUnitRef scope, String period,
        LocalDate deadline, boolean blind, CampaignStatus status, int storesTotal, int storesFrozen,
        int openingProgress, String failure, String remark, String createdBy, Instant createdAt, int version)
        implements Serializable {

    static CampaignRow of(StocktakeCampaign campaign) {
        return new CampaignRow(campaign.getId(), campaign.getNumber(), campaign.getKind(),
                OrgUnitRef.of(campaign.getScope()), campaign.getPeriod(), campaign.getDeadline(), campaign.isBlind(),
                campaign.getStatus(), campaign.getStoresTotal(), campaign.getStoresFrozen(),
                campaign.openingProgress(), campaign.getFailure(), campaign.getRemark(), campaign.getCreatedBy(),
                campaign.getCreatedAt(), campaign.getVersion());
    }
}
