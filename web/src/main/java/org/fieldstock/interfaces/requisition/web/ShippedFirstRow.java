package org.fieldstock.interfaces.requisition.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fieldstock.application.requisition.ShippedFirstService;
import org.fieldstock.domain.document.DocumentStatus;

/**
 * An emergency on the list, as the page shows it: what went ahead (a purchase or a slip), where, how
 * long ago, the items it brought, and whether the user may link its requisition.
 */
public record ShippedFirstRow(ShippedFirstService.Kind kind, long id, String number, String siteCode,
        String storeCode, LocalDate date, long ageDays, DocumentStatus status, String items, boolean mayLink)
        implements Serializable {

    static ShippedFirstRow of(ShippedFirstService.Awaiting awaiting, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String items = awaiting.quantities().entrySet().stream().map(e -> e.getKey().getCode() + " "
                + (chinese ? e.getKey().getNameZh() : e.getKey().getNameEn()) + " × "
                + e.getValue().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; "));
        return new ShippedFirstRow(awaiting.kind(), awaiting.id(), awaiting.number(), awaiting.siteCode(),
                awaiting.storeCode(), awaiting.date(), awaiting.ageDays(), awaiting.status(), items,
                awaiting.mayLink());
    }

    /** The key the page keeps the requisition number typed for this row under. */
    public String key() {
        return kind.name() + ":" + id;
    }

    /** The page that shows it: the document editor or the slip page. */
    public String outcome() {
        return kind == ShippedFirstService.Kind.PURCHASE ? "/documents/edit" : "/transfers/edit";
    }
}
