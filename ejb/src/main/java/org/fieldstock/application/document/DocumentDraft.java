package org.fieldstock.application.document;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.Receiving;
import org.fieldstock.domain.failedpart.FailureRecord;

/**
 * A document as a screen, the API or an import hands it in: codes, not entities. A red-ink
 * return names the receipt it reverses by that receipt's number; a receipt may name the approved
 * requisition it fulfils by its number, or be flagged an emergency bought first, its requisition
 * to follow; a delivered receipt says what papers it came with (or who at the shipper confirmed it)
 * and when the goods arrived.
 */
public record DocumentDraft(DocumentCategory category, String storeCode, String supplierCode, String reversesNumber,
        LocalDate documentDate, String remark, List<Line> lines, String requisitionNumber, boolean emergency,
        Receiving receiving) implements Serializable {

    public DocumentDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        requisitionNumber = requisitionNumber == null || requisitionNumber.isBlank() ? null : requisitionNumber.strip();
    }

    /** A document that says nothing of a delivery's papers or arrival. */
    public DocumentDraft(DocumentCategory category, String storeCode, String supplierCode, String reversesNumber,
            LocalDate documentDate, String remark, List<Line> lines, String requisitionNumber, boolean emergency) {
        this(category, storeCode, supplierCode, reversesNumber, documentDate, remark, lines, requisitionNumber,
                emergency, null);
    }

    /** A document that fulfils no requisition. */
    public DocumentDraft(DocumentCategory category, String storeCode, String supplierCode, String reversesNumber,
            LocalDate documentDate, String remark, List<Line> lines) {
        this(category, storeCode, supplierCode, reversesNumber, documentDate, remark, lines, null, false);
    }

    /** A document that names the requisition it fulfils (or none), not an emergency. */
    public DocumentDraft(DocumentCategory category, String storeCode, String supplierCode, String reversesNumber,
            LocalDate documentDate, String remark, List<Line> lines, String requisitionNumber) {
        this(category, storeCode, supplierCode, reversesNumber, documentDate, remark, lines, requisitionNumber, false);
    }

    /**
     * One line: item code, quantity (may be missing; the service says so) and remark; the turbine
     * number at the store's site; the batch and, when goods come in, its expiry date; the serials; and
     * for a self-use line that replaced a failed part, the register's entry of the part removed.
     */
    public record Line(String itemCode, BigDecimal quantity, String remark, String turbineNo, String batchNo,
            LocalDate expiryDate, List<String> serials, FailureRecord failure) implements Serializable {

        public Line {
            serials = serials == null ? List.of() : serials.stream().filter(java.util.Objects::nonNull).toList();
        }

        /** A line that replaced no failed part. */
        public Line(String itemCode, BigDecimal quantity, String remark, String turbineNo, String batchNo,
                LocalDate expiryDate, List<String> serials) {
            this(itemCode, quantity, remark, turbineNo, batchNo, expiryDate, serials, null);
        }
    }
}
