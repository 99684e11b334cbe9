package org.fieldstock.domain.stocktake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.StoreScope;

public interface StocktakeRepository {

    /** {@code ST-yyyy-nnnn}, unique across servers. */
    String nextNumber(LocalDate date);

    void add(StocktakeCampaign campaign);

    void add(CountSheet sheet);

    void add(CountLine line);

    Optional<StocktakeCampaign> find(long campaignId);

    Optional<StocktakeCampaign> findForUpdate(long campaignId);

    /** Newest first. */
    List<StocktakeCampaign> campaigns();

    /**
     * A page of the campaigns, newest first: all of them, or (with a BU) those of every store and
     * that BU's; with neither (a caller of no BU) those of every store.
     */
    Page<StocktakeCampaign> campaigns(boolean all, OrgUnit businessUnit,
            PageRequest request);

    /** Campaigns still being opened (after a restart, their opening goes on). */
    List<Long> opening();

    /** In store-code order. */
    List<CountSheet> sheetsOf(long campaignId);

    /** The sort columns of {@link #sheetsOf(long, StoreScope, PageRequest)}: by store code (the default) or state. */
    String SORT_STORE = "store";
    String SORT_STATUS = "status";

    /** A page of the campaign's sheets of the stores in the scope, by store code unless sorted by state. */
    Page<CountSheet> sheetsOf(long campaignId, StoreScope scope, PageRequest request);

    /** What a campaign's figures need of a sheet besides its lines: its state and store. */
    record SheetState(long sheetId, SheetStatus status, Store store) {
    }

    /** The state and store of every sheet of the campaign in the scope (no lines), by store code. */
    List<SheetState> sheetStates(long campaignId, StoreScope scope);

    /** Every sheet of the campaign, locked: nothing is counted, submitted or decided in it meanwhile. */
    List<CountSheet> lockSheetsOf(long campaignId);

    Optional<CountSheet> findSheet(long sheetId);

    Optional<CountSheet> findSheetForUpdate(long sheetId);

    /** In row order (item code). */
    List<CountLine> linesOf(long sheetId);

    /** Per sheet of the campaign: the figures a final sheet kept, the others' added up (a sheet without lines has none). */
    Map<Long, SheetTotals> totals(long campaignId);

    /** Up to that many sheets of the campaign whose books are not frozen yet. */
    List<CountSheet> unfrozen(long campaignId, int max);

    /**
     * Freezes the store's books into the sheet: a line for every item the store has a balance row
     * for (so also those with history but nothing left), in one statement. Returns the lines made.
     */
    int freeze(CountSheet sheet);

    /** Those of the stores that have a sheet not yet approved in a campaign opening or open, with that campaign. */
    List<StoreBeingCounted> beingCounted(Collection<Long> storeIds);

    /** Removes a campaign that never opened, with its sheets and lines. */
    void discard(StocktakeCampaign campaign);

    /**
     * What a count last found of an item in a store, when, in which stocktake; the books at that
     * moment; and whether the count was approved, its difference posted since.
     */
    record LatestCount(Item item, java.math.BigDecimal counted, java.time.Instant countedAt, String campaignNumber,
            java.math.BigDecimal booksAtCount, boolean approved) {
    }

    /**
     * For every item counted in the store up to the instant on a sheet handed in (submitted or
     * approved; a sheet still being counted or sent back is no word yet), its latest count.
     */
    List<LatestCount> latestCounts(Store store, java.time.Instant upTo);
}
