package org.fieldstock.domain.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.Refusal;

/**
 * Inbound (入库类别) and outbound (出库类别) categories. Each knows its document type, the
 * kind of store it books into, its ink, whether it needs a supplier, and what enters it: a user,
 * or only a transfer slip or a stocktake that generates it.
 */
public enum DocumentCategory {
    PURCHASE(DocumentType.OTHER_INBOUND, StoreKind.GOOD, Ink.BLUE, true, Origin.ENTERED),
    PETTY_PURCHASE(DocumentType.OTHER_INBOUND, StoreKind.GOOD, Ink.BLUE, false, Origin.ENTERED),
    DAMAGE_INTAKE(DocumentType.OTHER_INBOUND, StoreKind.DAMAGED, Ink.BLUE, false, Origin.ENTERED),
    REPAIRED(DocumentType.OTHER_INBOUND, StoreKind.GOOD, Ink.BLUE, false, Origin.ENTERED),
    /** Red-ink: reverses (part of) an earlier receipt, in the store that received it. */
    MATERIAL_RETURN(DocumentType.OTHER_INBOUND, null, Ink.RED, false, Origin.ENTERED),
    GOOD_TRANSFER_IN(DocumentType.OTHER_INBOUND, StoreKind.GOOD, Ink.BLUE, false, Origin.TRANSFER),
    DAMAGED_TRANSFER_IN(DocumentType.OTHER_INBOUND, StoreKind.DAMAGED, Ink.BLUE, false, Origin.TRANSFER),
    /** 盘盈: what an approved count found beyond the books, in any store. */
    STOCKTAKE_GAIN(DocumentType.OTHER_INBOUND, null, Ink.BLUE, false, Origin.STOCKTAKE),
    /** 期初结存: what a store held on the go-live day, imported from the old ERP, one document per store. */
    OPENING_BALANCE(DocumentType.OTHER_INBOUND, null, Ink.BLUE, false, Origin.GO_LIVE),

    SELF_USE(DocumentType.OTHER_OUTBOUND, StoreKind.GOOD, Ink.BLUE, false, Origin.ENTERED),
    /**
     * 库存损坏: parts found damaged in the good store, not on a turbine, moved to the site's damaged
     * store with the cause; reviewing it books them in on a generated damage intake.
     */
    STORAGE_DAMAGE(DocumentType.OTHER_OUTBOUND, StoreKind.GOOD, Ink.BLUE, false, Origin.ENTERED),
    REPAIR_RETURN(DocumentType.OTHER_OUTBOUND, StoreKind.DAMAGED, Ink.BLUE, false, Origin.ENTERED),
    SCRAP(DocumentType.OTHER_OUTBOUND, StoreKind.DAMAGED, Ink.BLUE, false, Origin.ENTERED),
    /**
     * 物资退库 of an issue, red ink: what an issue took out comes back to the store that issued it,
     * the leftovers after the work, or damaged goods bounced back to the site (2篇 5).
     */
    ISSUE_RETURN(DocumentType.OTHER_OUTBOUND, null, Ink.RED, false, Origin.ENTERED),
    GOOD_TRANSFER_OUT(DocumentType.OTHER_OUTBOUND, StoreKind.GOOD, Ink.BLUE, false, Origin.TRANSFER),
    DAMAGED_TRANSFER_OUT(DocumentType.OTHER_OUTBOUND, StoreKind.DAMAGED, Ink.BLUE, false, Origin.TRANSFER),
    /** 盘亏: what an approved count found short of the books, in any store. */
    STOCKTAKE_LOSS(DocumentType.OTHER_OUTBOUND, null, Ink.BLUE, false, Origin.STOCKTAKE);

    /** Who makes documents of a category: users, or only the transfer slips or stocktakes that generate them. */
    public enum Origin {
        ENTERED, TRANSFER, STOCKTAKE, GO_LIVE;

        /**
         * What the origin forbids: a transfer document changes only through its slip (or, for
         * arrival, through receiving); an approved count is final, so a stocktake adjustment is
         * corrected by counting again, never modified, deleted or taken back; so is an opening balance,
         * which the go-live import posted.
         */
        public Optional<Refusal> refuses(DocumentAction action, String documentNumber) {
            boolean refused = switch (this) {
                case ENTERED -> false;
                case TRANSFER -> action == DocumentAction.MODIFY || action == DocumentAction.DELETE;
                case STOCKTAKE, GO_LIVE -> action != DocumentAction.REVIEW;
            };
            if (!refused) {
                return Optional.empty();
            }
            String key = switch (this) {
                case TRANSFER -> "document.generatedByTransfer";
                case GO_LIVE -> "document.generatedByGoLive";
                default -> "document.generatedByStocktake";
            };
            return Optional.of(Refusal.conflict(key, documentNumber));
        }
    }

    private final DocumentType type;
    private final StoreKind storeKind;
    private final Ink ink;
    private final boolean supplierRequired;
    private final Origin origin;

    DocumentCategory(DocumentType type, StoreKind storeKind, Ink ink, boolean supplierRequired, Origin origin) {
        this.type = type;
        this.storeKind = storeKind;
        this.ink = ink;
        this.supplierRequired = supplierRequired;
        this.origin = origin;
    }

    public DocumentType type() {
        return type;
    }

    /** Whether a document of this category may book into a store of that kind. */
    public boolean acceptsStore(StoreKind kind) {
        return storeKind == null || storeKind == kind;
    }

    public Ink ink() {
        return ink;
    }

    /**
     * +1 when its documents bring stock in, -1 when they take it out: blue receipts bring it in,
     * issues take it out, and so does a red-ink return, which takes back what a receipt brought.
     */
    public int stockDirection() {
        return ink == Ink.RED ? -type.direction() : type.direction();
    }

    /**
     * Red-ink documents reverse (part of) an earlier document of their type and must name it: a
     * material return a receipt, a return to stock an issue.
     */
    public boolean reversesADocument() {
        return ink == Ink.RED;
    }

    /**
     * Whether a red-ink document may give back part of a reviewed blue document of this category:
     * what users entered, less parts damaged in storage (their intake already holds them) and what a
     * transfer moved (that goes back on a slip).
     */
    public boolean takesReturns() {
        return ink == Ink.BLUE && origin == Origin.ENTERED && this != STORAGE_DAMAGE;
    }

    /** The red-ink category that gives back part of a document of this category: see {@link #takesReturns()}. */
    public Optional<DocumentCategory> returnedBy() {
        if (!takesReturns()) {
            return Optional.empty();
        }
        return Optional.of(type == DocumentType.OTHER_INBOUND ? MATERIAL_RETURN : ISSUE_RETURN);
    }

    public boolean requiresSupplier() {
        return supplierRequired;
    }

    /**
     * Whether the document may name a supplier: the one goods were bought from, the vendor that
     * repaired them, the maker a receipt goes back to. Intakes of failed parts, issues, scrap and the
     * repair return have none: damaged parts go to the repair hub, never to a maker (3篇 1.3).
     */
    public boolean acceptsSupplier() {
        return switch (this) {
            case PURCHASE, PETTY_PURCHASE, REPAIRED, MATERIAL_RETURN -> true;
            default -> false;
        };
    }

    /** Whether only the repair hub books documents of this category: the repair return (返修出库) to repair. */
    public boolean leavesOnlyTheRepairHub() {
        return this == REPAIR_RETURN;
    }

    public Origin origin() {
        return origin;
    }

    /** Whether only a transfer slip or a stocktake makes documents of this category, never a user. */
    public boolean isGenerated() {
        return origin != Origin.ENTERED;
    }

    /**
     * Whether a site's daily report may name it: what users enter, less the red-ink return, which
     * corrects an earlier receipt rather than records a movement of the day, and the repair return,
     * which only the repair hub books.
     */
    public boolean reportedBySites() {
        return !isGenerated() && !reversesADocument() && !leavesOnlyTheRepairHub();
    }

    /** Goods bought at a supplier, planned or petty: what fulfils a requisition, or is bought first in an emergency. */
    public boolean isPurchase() {
        return this == PURCHASE || this == PETTY_PURCHASE;
    }

    public boolean isGeneratedByTransfer() {
        return origin == Origin.TRANSFER;
    }

    /**
     * Whether an outbound of this category is one a second person may have to check before review
     * (出库复核): blue issues users enter, and the transfer-out of goods leaving on a slip; not what a
     * count found short, which its approval settles.
     */
    public boolean checkable() {
        return type == DocumentType.OTHER_OUTBOUND && ink == Ink.BLUE
                && (origin == Origin.ENTERED || origin == Origin.TRANSFER);
    }

    /**
     * Whether goods of this category are delivered by a shipper (a supplier, a repair vendor): the
     * receipt names its delivery note or packing list, or is booked on the shipper's confirmation, and
     * the goods are counted within five working days of arriving (3篇 1.2).
     */
    public boolean isDelivered() {
        return this == PURCHASE || this == REPAIRED;
    }

    /** Blue inbound documents bring goods in: their lines create batches and serials in the store. */
    public boolean addsStock() {
        return type == DocumentType.OTHER_INBOUND && ink == Ink.BLUE;
    }

    /**
     * Whether lines may name a turbine (风机号): the one a self-used part was fitted to, or the one
     * a failed part was taken from.
     */
    public boolean acceptsTurbine() {
        return this == SELF_USE || this == DAMAGE_INTAKE;
    }

    /**
     * Whether lines keep the damaged-part register's entry ({@code FailureRecord}): the self-use
     * issue that replaced a failed part, the parts damaged in storage, and the damage intake that
     * books either in.
     */
    public boolean recordsFailures() {
        return this == SELF_USE || this == STORAGE_DAMAGE || this == DAMAGE_INTAKE;
    }

    /**
     * Whether its failed-part lines are replacements on turbines, which name the units they removed:
     * the self-use issue. Elsewhere the damaged units are the line's own.
     */
    public boolean replacesOnTurbines() {
        return this == SELF_USE;
    }

    /** Whether every line keeps the register's entry: parts damaged in storage say what damaged them. */
    public boolean requiresFailureRecord() {
        return this == STORAGE_DAMAGE;
    }

    /** Whether a line of this category may carry the item: only class-II items go back for repair. */
    public boolean acceptsItem(Item item) {
        return this != REPAIR_RETURN || item.getRepairClass() == RepairClass.II;
    }

    /**
     * Whether reviewing a document of this category is an approval the rules give the BU's
     * manager rather than its accountant: scrap (报废, "BU must approve").
     */
    public boolean needsBuApproval() {
        return this == SCRAP;
    }

    /** The categories a user may pick for a document of the given type (not those slips or stocktakes generate). */
    public static List<DocumentCategory> enterableFor(DocumentType type) {
        return Arrays.stream(values()).filter(c -> c.type == type && !c.isGenerated()).toList();
    }
}
