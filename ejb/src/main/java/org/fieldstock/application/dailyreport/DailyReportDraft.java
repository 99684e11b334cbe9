package org.fieldstock.application.dailyreport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.document.DocumentCategory;

/**
 * A site's day as a form, the API or a workbook in the daily-ledger layout hands it in: one line a
 * movement, in or out (exactly one of them), codes as written.
 */
public record DailyReportDraft(String lateReason, List<Line> lines) implements Serializable {

    public DailyReportDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * A movement. The store may be left out: the site's good store, or its damaged store for the
     * categories that book there. The category too: the BU maps it.
     */
    public record Line(String storeCode, DocumentCategory category, String itemCode, String itemName,
            BigDecimal in, BigDecimal out, BigDecimal balance, String supplierCode, String turbineNo, String batchNo,
            String serials, String remark, String requisitionNumber) implements Serializable {

        /** A line that names no requisition. */
        public Line(String storeCode, DocumentCategory category, String itemCode, String itemName, BigDecimal in,
                BigDecimal out, BigDecimal balance, String supplierCode, String turbineNo, String batchNo,
                String serials, String remark) {
            this(storeCode, category, itemCode, itemName, in, out, balance, supplierCode, turbineNo, batchNo, serials,
                    remark, null);
        }
    }
}
