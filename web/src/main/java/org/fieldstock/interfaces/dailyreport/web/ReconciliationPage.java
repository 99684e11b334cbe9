package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.dailyreport.ReconciliationService;
import org.fieldstock.application.dailyreport.ReconciliationService.Reconciliation;
import org.fieldstock.application.dailyreport.ReconciliationService.Source;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.fieldstock.interfaces.shared.StoreRef;

/** A site's reconciliation as the page shows it: every row, and those that differ as the service says. */
public record ReconciliationPage(OrgUnitRef site, LocalDate day, List<Row> rows, List<Row> differences)
        implements Serializable {

    /** One item of one store, as {@link ReconciliationService.Row}, with whether it differs. */
    public record Row(StoreRef store, ItemRef item, BigDecimal books, BigDecimal site, Source source, LocalDate asOf,
            String reference, BigDecimal booksAsOf, BigDecimal difference, boolean differs) implements Serializable {

        static Row of(ReconciliationService.Row row) {
            return new Row(StoreRef.of(row.store()), ItemRef.of(row.item()), row.books(), row.site(), row.source(),
                    row.asOf(), row.reference(), row.booksAsOf(), row.difference(), row.differs());
        }
    }

    static ReconciliationPage of(Reconciliation reconciliation) {
        List<Row> rows = reconciliation.rows().stream().map(Row::of).toList();
        return new ReconciliationPage(OrgUnitRef.of(reconciliation.site()), reconciliation.day(), rows,
                rows.stream().filter(Row::differs).toList());
    }
}
