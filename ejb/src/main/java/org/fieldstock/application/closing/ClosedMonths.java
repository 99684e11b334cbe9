package org.fieldstock.application.closing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.closing.ClosedMonthRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Refusal;

/**
 * The check every door that enters, changes, reviews, unreviews or deletes a document makes: its
 * store's BU must not have closed the month the document is dated in.
 */
@ApplicationScoped
public class ClosedMonths {

    @Inject
    private ClosedMonthRepository months;

    public void requireOpen(Store store, LocalDate date, String documentNumber) {
        refusal(store, date, documentNumber).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    /** Why the store's books of that day may not change (its BU closed the month), if they may not. */
    public Optional<Refusal> refusal(Store store, LocalDate date, String documentNumber) {
        OrgUnit businessUnit = store.businessUnit();
        if (businessUnit == null || date == null) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(date);
        if (!months.isClosed(businessUnit, month)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.conflict("closing.monthClosed",
                documentNumber == null ? store.getCode() : documentNumber, date.toString(), month.toString(),
                businessUnit.getCode()));
    }
}
