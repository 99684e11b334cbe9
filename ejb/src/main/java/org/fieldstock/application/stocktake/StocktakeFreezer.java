package org.fieldstock.application.stocktake;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.fieldstock.domain.shared.StoredMessage;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.domain.stocktake.StocktakeRepository;

/**
 * The steps of opening a campaign, each in a transaction of its own so that the campaign page can
 * show how far opening has come. A step locks the campaign, so that two servers resuming the same
 * opening after a restart freeze each sheet once.
 */
@Stateless
public class StocktakeFreezer {

    /** Sheets frozen per step: a progress bar in twenty-odd steps for 200 stores, each step well under a second. */
    static final int SHEETS_PER_STEP = 10;

    @Inject
    private StocktakeRepository stocktakes;

    /** Freezes the next few sheets; returns whether the campaign is still opening. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean freezeNextSheets(long campaignId) {
        StocktakeCampaign campaign = stocktakes.findForUpdate(campaignId).orElse(null);
        if (campaign == null || campaign.getStatus() != CampaignStatus.OPENING) {
            return false;
        }
        List<CountSheet> sheets = stocktakes.unfrozen(campaignId, SHEETS_PER_STEP);
        for (CountSheet sheet : sheets) {
            sheet.frozen(Instant.now());
            stocktakes.freeze(sheet);
        }
        campaign.frozen(sheets.size(), Instant.now());
        if (sheets.isEmpty() && campaign.getStatus() == CampaignStatus.OPENING) {
            campaign.failed(StoredMessage.of("stocktake.failure.sheetsMissing", campaign.getStoresFrozen(),
                    campaign.getStoresTotal()));
        }
        return campaign.getStatus() == CampaignStatus.OPENING;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long campaignId, StoredMessage reason) {
        stocktakes.findForUpdate(campaignId).filter(c -> c.getStatus() == CampaignStatus.OPENING)
                .ifPresent(c -> c.failed(reason));
    }

    public List<Long> stillOpening() {
        return stocktakes.opening();
    }
}
