package org.fieldstock.domain.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a modification of a document changed, for its history: the editable content (category,
 * supplier, receipt reversed, date, remark and each line) is taken before and after, and every field
 * and line that differs becomes a {@link FieldChange}. The store and type never change.
 */
final class DocumentChangeLog {

    private DocumentChangeLog() {
    }

    /** The document's editable content as it is now. */
    static Snapshot snapshot(StockDocument document) {
        return new Snapshot(document.getCategory().name(),
                document.getSupplier() == null ? null : document.getSupplier().getCode(),
                document.getReverses() == null ? null : document.getReverses().getNumber(),
                document.getDocumentDate() == null ? null : document.getDocumentDate().toString(),
                document.getRemark(), document.getLines().stream().map(DocumentChangeLog::describe).toList());
    }

    /** One line as the history shows it before and after a change. */
    static String describe(DocumentLine line) {
        StringBuilder text = new StringBuilder(line.getItem().getCode()).append(" × ")
                .append(line.getQuantity().stripTrailingZeros().toPlainString());
        if (line.getBatchNo() != null) {
            text.append(" [").append(line.getBatchNo())
                    .append(line.getExpiryDate() == null ? "" : " " + line.getExpiryDate()).append(']');
        }
        if (!line.getSerials().isEmpty()) {
            text.append(" {").append(String.join(", ", line.getSerials())).append('}');
        }
        if (line.getTurbine() != null) {
            text.append(" → ").append(line.getTurbine().getTurbineNo());
        }
        if (line.getDamagedOnArrival().signum() > 0) {
            text.append(" damaged ").append(line.getDamagedOnArrival().stripTrailingZeros().toPlainString())
                    .append(line.getDamagedSerials().isEmpty() ? "" : " " + line.getDamagedSerials());
        }
        if (line.getMissingOnArrival().signum() > 0) {
            text.append(" missing ").append(line.getMissingOnArrival().stripTrailingZeros().toPlainString())
                    .append(line.getMissingSerials().isEmpty() ? "" : " " + line.getMissingSerials());
        }
        return text.append(line.getRemark() == null ? "" : " (" + line.getRemark() + ")").toString();
    }

    /** The editable content of a document, to tell what a modification changed. */
    record Snapshot(String category, String supplier, String reverses, String date, String remark,
            List<String> lines) {

        List<FieldChange> changesTo(Snapshot after) {
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "category", category, after.category);
            compare(changes, "supplier", supplier, after.supplier);
            compare(changes, "reverses", reverses, after.reverses);
            compare(changes, "date", date, after.date);
            compare(changes, "remark", remark, after.remark);
            for (int i = 0; i < Math.max(lines.size(), after.lines.size()); i++) {
                String old = i < lines.size() ? lines.get(i) : null;
                String now = i < after.lines.size() ? after.lines.get(i) : null;
                if (!Objects.equals(old, now)) {
                    changes.add(new FieldChange("line", i + 1, old, now));
                }
            }
            return changes;
        }

        private static void compare(List<FieldChange> changes, String field, String before, String after) {
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, null, before, after));
            }
        }
    }
}
