package org.fieldstock.domain.stocktake;

import java.util.List;
import java.util.Objects;

import org.fieldstock.domain.shared.BusinessException;

/**
 * A store that an unfinished count holds: its sheet is not approved yet in a campaign opening or
 * open. A store is in one unfinished count at a time, so the planning office's count of every store
 * and a BU's own count (quarterly or monthly) never both hold it.
 *
 * @param store    the store's code
 * @param campaign the number of the campaign that holds it
 */
public record StoreBeingCounted(String store, String campaign) {

    /** How many of the stores a refusal names; the count says how many there are. */
    static final int NAMED = 10;

    public StoreBeingCounted {
        Objects.requireNonNull(store);
        Objects.requireNonNull(campaign);
    }

    /**
     * Refuses a new campaign over stores some of which are held: the refusal says how many, names
     * the first of them and every campaign that holds them, so that one knows which count to finish.
     */
    public static void requireNone(List<StoreBeingCounted> held) {
        if (held.isEmpty()) {
            return;
        }
        List<String> stores = held.stream().map(StoreBeingCounted::store).distinct().sorted().toList();
        List<String> campaigns = held.stream().map(StoreBeingCounted::campaign).distinct().sorted().toList();
        throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.stores.beingCounted",
                stores.size(), String.join(", ", stores.subList(0, Math.min(NAMED, stores.size()))),
                String.join(", ", campaigns));
    }
}
