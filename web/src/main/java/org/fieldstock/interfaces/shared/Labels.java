package org.fieldstock.interfaces.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.supplier.Supplier;

/** Names and labels in the user's language, for the pages: {@code #{labels.of(doc.status)}}, {@code #{labels.name(store)}}. */
@Named
@RequestScoped
public class Labels {

    @Inject
    private LocaleSelection localeSelection;

    public String of(Enum<?> value) {
        return MessageBundle.label(localeSelection.getLocale(), value);
    }

    public String name(Store store) {
        return store == null ? "" : localeSelection.isChinese() ? store.getNameZh() : store.getNameEn();
    }

    public String name(Item item) {
        return item == null ? "" : localeSelection.isChinese() ? item.getNameZh() : item.getNameEn();
    }

    public String unit(Item item) {
        return item == null ? "" : localeSelection.isChinese() ? item.getUnitZh() : item.getUnitEn();
    }

    public String name(Supplier supplier) {
        return supplier == null ? "" : localeSelection.isChinese() ? supplier.getNameZh() : supplier.getNameEn();
    }

    /** "ZBET-G 张北二台风电场完好品库" */
    public String codeAndName(Store store) {
        return store == null ? "" : store.getCode() + " " + name(store);
    }
}
