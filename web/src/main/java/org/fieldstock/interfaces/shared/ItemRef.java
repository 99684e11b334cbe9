package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;

/**
 * An item of the catalogue as the screens keep it between requests: what a line, a look-up or the
 * catalogue shows of it, whether it is tracked by serial or by batch as the item says, and the
 * version a change is made against.
 */
public record ItemRef(String code, String nameZh, String nameEn, String spec, String unitZh, String unitEn,
        ItemCategory category, RepairClass repairClass, BigDecimal unitPrice, Integer shelfLifeMonths,
        String turbineModels, boolean serialTracked, boolean batchTracked, int version)
        implements Bilingual, Serializable {

    /** The item as it is now; null for none. */
    public static ItemRef of(Item item) {
        return item == null ? null
                : new ItemRef(item.getCode(), item.getNameZh(), item.getNameEn(), item.getSpec(), item.getUnitZh(),
                        item.getUnitEn(), item.getCategory(), item.getRepairClass(), item.getUnitPrice(),
                        item.getShelfLifeMonths(), item.getTurbineModels(), item.isSerialTracked(),
                        item.isBatchTracked(), item.getVersion());
    }

    public static List<ItemRef> all(List<Item> items) {
        return items.stream().map(ItemRef::of).toList();
    }
}
