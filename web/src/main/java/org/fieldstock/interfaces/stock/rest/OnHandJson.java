package org.fieldstock.interfaces.stock.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.ledger.StockBalance;

/** On-hand quantity of one item in one store. */
@Schema(name = "OnHand")
public record OnHandJson(String store, String item, String nameZh, String nameEn, String spec, String unit,
        BigDecimal onHand) {

    static OnHandJson of(StockBalance b) {
        return new OnHandJson(b.getStore().getCode(), b.getItem().getCode(), b.getItem().getNameZh(),
                b.getItem().getNameEn(), b.getItem().getSpec(), b.getItem().getUnitEn(),
                b.getOnHand().stripTrailingZeros());
    }
}
