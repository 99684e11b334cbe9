package org.fieldstock.interfaces.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.domain.document.FieldChange;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.user.Role;

/** Names and labels in the user's language, for the pages: {@code #{labels.of(doc.status)}}, {@code #{labels.storeName(store)}}. */
@Named
@RequestScoped
public class Labels {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private LocaleSelection localeSelection;

    public String of(Enum<?> value) {
        return MessageBundle.label(localeSelection.getLocale(), value);
    }

    public String storeName(StoreRef store) {
        return name(store);
    }

    public String itemName(ItemRef item) {
        return name(item);
    }

    public String unit(ItemRef item) {
        return item == null ? "" : localeSelection.isChinese() ? item.unitZh() : item.unitEn();
    }

    public String supplierName(SupplierRef supplier) {
        return name(supplier);
    }

    /** A changed field of a document's history, e.g. "Supplier: SUP-001 → SUP-003" or "Line 2: … → (removed)". */
    public String change(FieldChange change) {
        return HistoryText.change(localeSelection.getLocale(), change);
    }

    /** A moment as local date and time to the minute, e.g. "2026-11-23 14:42". */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String orgUnitName(OrgUnitRef unit) {
        return name(unit);
    }

    /** "NC 华北业务部", "ZBET-G 张北二台风电场完好品库" */
    public String codeAndName(Bilingual unitOrStore) {
        return unitOrStore == null ? "" : unitOrStore.code() + " " + name(unitOrStore);
    }

    private String name(Bilingual named) {
        return named == null ? "" : localeSelection.isChinese() ? named.nameZh() : named.nameEn();
    }

    /** Role labels, comma-separated, in the enum's order. */
    public String roles(Collection<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(this::of).collect(Collectors.joining(", "));
    }

    /** An audit entry's detail in the user's language (see {@link AuditDetails}). */
    public String auditDetail(String detail) {
        return AuditDetails.text(localeSelection.getLocale(), detail);
    }

    /** A text kept in the database, such as why a stocktake could not open, in the user's language. */
    public String stored(String text) {
        return MessageBundle.stored(localeSelection.getLocale(), text);
    }
}
