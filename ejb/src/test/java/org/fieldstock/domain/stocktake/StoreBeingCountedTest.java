package org.fieldstock.domain.stocktake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

/** A store is in one unfinished count at a time: the refusal names the stores and the campaigns that hold them. */
class StoreBeingCountedTest {

    @Test
    void storesNobodyCountsMayBeCounted() {
        StoreBeingCounted.requireNone(List.of());
    }

    @Test
    void aBusinessUnitsCountIsRefusedWhileTheWholeOrganisationsHoldsItsStoresNamingThatCampaign() {
        BusinessException refused = assertThrows(BusinessException.class, () -> StoreBeingCounted.requireNone(List.of(
                new StoreBeingCounted("ZBET-G", "ST-2026-0003"), new StoreBeingCounted("NC-D", "ST-2026-0003"))));
        assertEquals(BusinessException.Kind.CONFLICT, refused.getKind());
        Problem problem = refused.getProblems().get(0);
        assertEquals("stocktake.stores.beingCounted", problem.getMessageKey());
        assertArrayEquals(new Object[] {2, "NC-D, ZBET-G", "ST-2026-0003"}, problem.getArguments());
    }

    @Test
    void theWholeOrganisationsCountNamesEveryCampaignInTheWayAndTheFirstTenStores() {
        List<StoreBeingCounted> held = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new StoreBeingCounted(String.format("S%02d-G", i),
                        i <= 6 ? "ST-2026-0005" : "ST-2026-0004"))
                .toList();
        Object[] arguments = assertThrows(BusinessException.class, () -> StoreBeingCounted.requireNone(held))
                .getProblems().get(0).getArguments();
        assertEquals(12, arguments[0]);
        assertEquals("S01-G, S02-G, S03-G, S04-G, S05-G, S06-G, S07-G, S08-G, S09-G, S10-G", arguments[1]);
        assertEquals("ST-2026-0004, ST-2026-0005", arguments[2]);
    }
}
