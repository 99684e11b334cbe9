package org.fieldstock.interfaces.item.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.item.Item;

/** An item of the catalogue. */
@Schema(name = "Item")
public record ItemJson(String code, String nameZh, String nameEn, String spec, String unitZh, String unitEn,
        String category, String repairClass, BigDecimal unitPrice, Integer shelfLifeMonths, boolean batchTracked,
        boolean serialTracked, String turbineModels, String abcClass, int version) {

    public static ItemJson of(Item item) {
        return new ItemJson(item.getCode(), item.getNameZh(), item.getNameEn(), item.getSpec(), item.getUnitZh(),
                item.getUnitEn(), item.getCategory().name(), item.getRepairClass().name(), item.getUnitPrice(),
                item.getShelfLifeMonths(), item.isBatchTracked(), item.isSerialTracked(), item.getTurbineModels(),
                item.getAbcClass() == null ? null : item.getAbcClass().name(), item.getVersion());
    }
}
