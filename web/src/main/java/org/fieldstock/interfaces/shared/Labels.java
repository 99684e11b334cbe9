package org.fieldstock.interfaces.shared;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.FieldChange;
import org.fieldstock.domain.shared.MessageKey;
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
        String none = MessageBundle.text(localeSelection.getLocale(), "history.none");
        String field = change.lineNo() == null
                ? MessageBundle.text(localeSelection.getLocale(), "history.field." + change.field())
                : MessageBundle.text(localeSelection.getLocale(), "history.field.line", change.lineNo());
        return field + ": " + (change.before() == null ? none : value(change.field(), change.before())) + " → "
                + (change.after() == null ? none : value(change.field(), change.after()));
    }

    /** A changed value as written in the history; a category by its name in the reader's language. */
    private String value(String field, String value) {
        if ("category".equals(field)) {
            try {
                return MessageBundle.text(localeSelection.getLocale(),
                        MessageKey.of(DocumentCategory.valueOf(value)).key());
            } catch (IllegalArgumentException notACategory) {
                return value;
            }
        }
        return value;
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

    /**
     * An audit entry's detail: words that name a document or item category, a login failure reason
     * or a changed master-data field are translated, the rest (codes, names) shown as stored.
     */
    public String auditDetail(String detail) {
        if (detail == null) {
            return "";
        }
        ResourceBundle bundle = MessageBundle.bundle(localeSelection.getLocale());
        return Arrays.stream(detail.split(" ")).map(word -> {
            // a changed field is written "field:" before its old and new value
            String bare = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            String suffix = word.substring(bare.length());
            return Stream.of("AuditDetail." + bare, "DocumentCategory." + bare, "ItemCategory." + bare,
                            "OrgUnitKind." + bare)
                    .filter(bundle::containsKey).findFirst().map(key -> bundle.getString(key) + suffix).orElse(word);
        }).collect(Collectors.joining(" "));
    }
}
