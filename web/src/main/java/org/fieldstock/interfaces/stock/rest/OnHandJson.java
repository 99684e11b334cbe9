package org.fieldstock.interfaces.stock.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.stock.StockBalance;

/** On-hand quantity of one item in one store; of it, the tools out on loan now (left out when none are). */
@Schema(name = "OnHand")
public record OnHandJson(String store, String item, String nameZh, String nameEn, String spec, String unit,
        BigDecimal onHand, BigDecimal lent) {

    static OnHandJson of(StockBalance b, BigDecimal lent) {
        return new OnHandJson(b.getStore().getCode(), b.getItem().getCode(), b.getItem().getNameZh(),
                b.getItem().getNameEn(), b.getItem().getSpec(), b.getItem().getUnitEn(), b.getOnHand().stripTrailingZeros(),
                lent == null ? null : lent.stripTrailingZeros());
    }

    static OnHandJson of(String store, Item item, BigDecimal onHand) {
        return new OnHandJson(store, item.getCode(), item.getNameZh(), item.getNameEn(), item.getSpec(),
                item.getUnitEn(), onHand.stripTrailingZeros(), null);
    }
}
