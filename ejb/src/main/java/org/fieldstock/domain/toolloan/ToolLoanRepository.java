package org.fieldstock.domain.toolloan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.user.StoreScope;

/** Where tool loans are kept. */
public interface ToolLoanRepository {

    String nextNumber(LocalDate date);

    void add(ToolLoan loan);

    Optional<ToolLoan> find(long id);

    Optional<ToolLoan> findForUpdate(long id);

    /** How much of the item the store has out on loan now. */
    BigDecimal lentOut(Store store, Item item);

    /** How much of each item (by code) the store has out on loan now; items none of which are out are left out. */
    java.util.Map<String, BigDecimal> lentOutByItem(Store store);

    /** Whether the unit with this serial is out on loan now. */
    boolean isOut(Item item, String serialNo);

    /**
     * Loans of the stores in the scope (or of one store of it), the longest out first: those still
     * out only, or with those taken back; only those overdue on the day, if one is given; at most
     * {@code max}.
     */
    List<ToolLoan> search(StoreScope scope, Store store, boolean outOnly, LocalDate overdueOn, int max);
}
