package org.fieldstock.domain.dailyreport;

import java.math.BigDecimal;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;

/**
 * One line as the site wrote it, its store looked up: the item code (and the item, when the code
 * is known), the name the keeper wrote, the signed quantity (in positive, out negative), the
 * site's own balance after it, and what a document needs beyond that (a petty purchase: the
 * approved requisition it was bought for). The category may be missing:
 * the BU maps it.
 */
public record ReportLineInput(Store store, DocumentCategory category, String itemCode, Item item, String itemName,
        BigDecimal quantity, BigDecimal balance, String supplierCode, String turbineNo, String batchNo,
        String serials, String remark, String requisitionNumber) {

    /** A line that names no requisition. */
    public ReportLineInput(Store store, DocumentCategory category, String itemCode, Item item, String itemName,
            BigDecimal quantity, BigDecimal balance, String supplierCode, String turbineNo, String batchNo,
            String serials, String remark) {
        this(store, category, itemCode, item, itemName, quantity, balance, supplierCode, turbineNo, batchNo, serials,
                remark, null);
    }
}
