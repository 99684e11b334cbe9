package org.fieldstock.interfaces.item.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * An item to create or change. The code is ignored on change; a shelf life makes the item
 * batch-tracked; version is the one read, so that a change made meanwhile is refused (409).
 */
@Schema(name = "ItemInput")
public record ItemBody(String code, String nameZh, String nameEn, String spec, String unitZh, String unitEn,
        String category, String repairClass, BigDecimal unitPrice, Integer shelfLifeMonths, Boolean serialTracked,
        String turbineModels, Integer version) {

    public static final ItemBody EMPTY = new ItemBody(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public ItemDetails details() {
        return ItemDetails.cleaned(nameZh, nameEn, spec, unitZh, unitEn,
                RequestParameters.enumValue("category", category, ItemCategory.class),
                RequestParameters.enumValue("repairClass", repairClass, RepairClass.class), unitPrice,
                shelfLifeMonths, turbineModels, Boolean.TRUE.equals(serialTracked));
    }
}
