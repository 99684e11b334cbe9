package org.fieldstock.domain.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentType;

/**
 * The columns of the in/out/balance summary between the opening and the closing balance: one per
 * inbound and one per outbound category, the good and the damaged transfers together. A red-ink
 * document (a material return, a return to stock) stays in its own column, so that a month's
 * purchases and what went back to the supplier are both seen.
 */
public enum SummaryColumn {
    PURCHASE(DocumentCategory.PURCHASE),
    PETTY_PURCHASE(DocumentCategory.PETTY_PURCHASE),
    DAMAGE_INTAKE(DocumentCategory.DAMAGE_INTAKE),
    REPAIRED(DocumentCategory.REPAIRED),
    MATERIAL_RETURN(DocumentCategory.MATERIAL_RETURN),
    TRANSFER_IN(DocumentCategory.GOOD_TRANSFER_IN, DocumentCategory.DAMAGED_TRANSFER_IN),
    STOCKTAKE_GAIN(DocumentCategory.STOCKTAKE_GAIN),
    OPENING_BALANCE(DocumentCategory.OPENING_BALANCE),
    SELF_USE(DocumentCategory.SELF_USE),
    STORAGE_DAMAGE(DocumentCategory.STORAGE_DAMAGE),
    REPAIR_RETURN(DocumentCategory.REPAIR_RETURN),
    SCRAP(DocumentCategory.SCRAP),
    ISSUE_RETURN(DocumentCategory.ISSUE_RETURN),
    TRANSFER_OUT(DocumentCategory.GOOD_TRANSFER_OUT, DocumentCategory.DAMAGED_TRANSFER_OUT),
    STOCKTAKE_LOSS(DocumentCategory.STOCKTAKE_LOSS);

    private final Set<DocumentCategory> categories;

    SummaryColumn(DocumentCategory first, DocumentCategory... more) {
        this.categories = EnumSet.of(first, more);
    }

    /** The column a category's movements are summed in. */
    public static SummaryColumn of(DocumentCategory category) {
        return Arrays.stream(values()).filter(column -> column.categories.contains(category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no summary column for " + category));
    }

    /** An "in" column (its movements add to the store), else an "out" column. */
    public boolean inbound() {
        return categories.iterator().next().type() == DocumentType.OTHER_INBOUND;
    }

    public static List<SummaryColumn> ins() {
        return Arrays.stream(values()).filter(SummaryColumn::inbound).toList();
    }

    public static List<SummaryColumn> outs() {
        return Arrays.stream(values()).filter(column -> !column.inbound()).toList();
    }
}
