package org.fieldstock.domain.freight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.user.StoreScope;

/** Where freight requests are kept. */
public interface FreightRepository {

    String nextNumber(LocalDate date);

    void add(FreightRequest request);

    Optional<FreightRequest> find(long id);

    Optional<FreightRequest> findForUpdate(long id);

    /** The requests of the scope's stores shipped on the days from and to (both included), by ship date; at most max. */
    List<FreightRequest> shipped(StoreScope scope, LocalDate from, LocalDate to, int max);
}
