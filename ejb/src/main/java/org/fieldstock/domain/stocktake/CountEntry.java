package org.fieldstock.domain.stocktake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One count as entered on screen, through REST or in an imported workbook: the quantity found of an
 * item, the reason for a difference from the books, and for tracked items what the difference is
 * made of (the batch and, for a gain, its expiry date; the serials found or missing). The row is
 * where the count stands (the sheet's row, or the workbook's), for messages.
 */
public record CountEntry(int row, String itemCode, BigDecimal counted, String reason, String batchNo,
        LocalDate expiryDate, List<String> serials) {

    public CountEntry {
        itemCode = itemCode == null ? null : itemCode.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        batchNo = batchNo == null || batchNo.isBlank() ? null : batchNo.strip();
        serials = serials == null ? List.of()
                : serials.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
