package org.fieldstock.interfaces.document.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.MessageBundle;

/** An item as its code in the look-up fields; a code that names no item is refused where it is typed. */
@Named
@ApplicationScoped
public class ItemConverter implements Converter<ItemRef> {

    @Inject
    private CatalogService catalog;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    public ItemRef getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return catalog.item(code).map(ItemRef::of)
                .orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        MessageBundle.text(localeSelection.getLocale(), "item.unknownCode", code.strip()), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ItemRef item) {
        return item == null ? "" : item.code();
    }
}
