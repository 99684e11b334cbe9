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
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.MessageKey;
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

    public String storeName(Object store) {
        return name(store);
    }

    public String itemName(Object item) {
        return name(item);
    }

    public String unit(Object item) {
        return switch (item) {
            case ItemRef ref -> localeSelection.isChinese() ? ref.unitZh() : ref.unitEn();
            case Item entity -> localeSelection.isChinese() ? entity.getUnitZh() : entity.getUnitEn();
            case null, default -> "";
        };
    }

    public String supplierName(Object supplier) {
        return name(supplier);
    }

    /**
     * The name in the reader's language. While the screens move from entities to the records they
     * keep ({@link Bilingual}), both are named here.
     */
    private String name(Object named) {
        boolean chinese = localeSelection.isChinese();
        return switch (named) {
            case Bilingual ref -> chinese ? ref.nameZh() : ref.nameEn();
            case Store store -> chinese ? store.getNameZh() : store.getNameEn();
            case Item item -> chinese ? item.getNameZh() : item.getNameEn();
            case Supplier supplier -> chinese ? supplier.getNameZh() : supplier.getNameEn();
            case OrgUnit unit -> chinese ? unit.getNameZh() : unit.getNameEn();
            case null, default -> "";
        };
    }

    private static String code(Object coded) {
        return switch (coded) {
            case Bilingual ref -> ref.code();
            case Store store -> store.getCode();
            case OrgUnit unit -> unit.getCode();
            case null, default -> "";
        };
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

    public String orgUnitName(Object unit) {
        return name(unit);
    }

    /** "NC 华北业务部", "ZBET-G 张北二台风电场完好品库" */
    public String codeAndName(Object unitOrStore) {
        return unitOrStore == null ? "" : code(unitOrStore) + " " + name(unitOrStore);
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
