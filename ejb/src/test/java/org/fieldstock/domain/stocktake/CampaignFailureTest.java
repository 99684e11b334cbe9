package org.fieldstock.domain.stocktake;

import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.fieldstock.domain.shared.StoredMessage;
import org.junit.jupiter.api.Test;

/** Why a campaign could not open is kept as a message, for the campaign page to say in the reader's language. */
class CampaignFailureTest {

    @Test
    void theReasonIsKeptAsAMessageNotAsAnErrorText() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        StocktakeCampaign campaign = new StocktakeCampaign("ST-2026-0009", CampaignKind.QUARTERLY, PO,
                today.plusDays(7), false, null, 12, today, "planner", NOW);
        campaign.failed(StoredMessage.of("stocktake.failure.sheetsMissing", 10, 12));

        assertEquals(CampaignStatus.FAILED, campaign.getStatus());
        assertEquals(Optional.of(StoredMessage.of("stocktake.failure.sheetsMissing", 10, 12)),
                StoredMessage.decode(campaign.getFailure()));
    }
}
