package org.fieldstock.application.closing;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.closing.ClosedMonthRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;

/**
 * The check every door that enters, changes, reviews, unreviews or deletes a document makes: its
 * store's BU must not have closed the month the document is dated in.
 */
@ApplicationScoped
public class ClosedMonths {

    @Inject
    private ClosedMonthRepository months;

    public void requireOpen(Store store, LocalDate date, String documentNumber) {
        OrgUnit businessUnit = store.businessUnit();
        if (businessUnit == null || date == null) {
            return;
        }
        YearMonth month = YearMonth.from(date);
        if (months.isClosed(businessUnit, month)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "closing.monthClosed",
                    documentNumber == null ? store.getCode() : documentNumber, date.toString(), month.toString(),
                    businessUnit.getCode());
        }
    }
}
