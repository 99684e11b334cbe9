package org.fieldstock.interfaces.stock.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.stock.StockBalance;

/** On-hand quantity of one item in one store. */
@Schema(name = "OnHand")
public record OnHandJson(String store, String item, String nameZh, String nameEn, String spec, String unit,
        BigDecimal onHand) {

    static OnHandJson of(StockBalance b) {
        return of(b.getStore().getCode(), b.getItem(), b.getOnHand());
    }

    static OnHandJson of(String store, Item item, BigDecimal onHand) {
        return new OnHandJson(store, item.getCode(), item.getNameZh(), item.getNameEn(), item.getSpec(),
                item.getUnitEn(), onHand.stripTrailingZeros());
    }
}
