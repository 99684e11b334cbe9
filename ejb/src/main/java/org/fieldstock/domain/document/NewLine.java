package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Turbine;

/**
 * A line as entered, before it belongs to a document. The quantity may be missing: validation
 * says so. Serials, batch and turbine are optional here; the document's rules say when they are
 * needed. A line that replaced a failed part carries the register's entry for it ({@code failure}).
 */
public record NewLine(Item item, BigDecimal quantity, String remark, Turbine turbine, String batchNo,
        LocalDate expiryDate, List<String> serials, FailureRecord failure) {

    public NewLine {
        batchNo = batchNo == null || batchNo.isBlank() ? null : batchNo.strip();
        serials = serials == null ? List.of()
                : serials.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        failure = failure == null || failure.isEmpty() ? null : failure;
    }

    /** A line that replaced nothing. */
    public NewLine(Item item, BigDecimal quantity, String remark, Turbine turbine, String batchNo,
            LocalDate expiryDate, List<String> serials) {
        this(item, quantity, remark, turbine, batchNo, expiryDate, serials, null);
    }

    /** A line of an item without serials, batch or turbine. */
    public NewLine(Item item, BigDecimal quantity, String remark) {
        this(item, quantity, remark, null, null, null, List.of());
    }
}
