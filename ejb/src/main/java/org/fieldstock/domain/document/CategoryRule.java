package org.fieldstock.domain.document;

import java.util.Arrays;
import java.util.List;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.StoreKind;

/**
 * What a category asks of what is booked under it: which way it moves stock, the kind of store, the
 * items, the supplier. The one place these rules live: a document's check and a site's daily report
 * both ask which of them is broken, and each says so in its own words.
 */
public enum CategoryRule {
    /**
     * Stock moves the way the category moves it: blue receipts bring it in, issues and red-ink
     * returns take it out. A document's line says which way by its quantity's sign, a daily report's
     * by its in or out column.
     */
    DIRECTION {
        @Override
        public boolean isBrokenBy(DocumentCategory category, Booking booking) {
            return booking.movement() != null && Integer.signum(booking.movement()) != category.stockDirection();
        }
    },
    /** The store is of the kind the category books into (good or damaged), for those that name one. */
    STORE_KIND {
        @Override
        public boolean isBrokenBy(DocumentCategory category, Booking booking) {
            return booking.storeKind() != null && !category.acceptsStore(booking.storeKind());
        }
    },
    /** The category takes the item (only class-II items go back for repair). */
    ITEM_CLASS {
        @Override
        public boolean isBrokenBy(DocumentCategory category, Booking booking) {
            return booking.item() != null && !category.acceptsItem(booking.item());
        }
    },
    /** A purchase names the supplier. */
    SUPPLIER_REQUIRED {
        @Override
        public boolean isBrokenBy(DocumentCategory category, Booking booking) {
            return Boolean.FALSE.equals(booking.supplierNamed()) && category.requiresSupplier();
        }
    },
    /** Intakes of failed parts, issues and scrap name none. */
    SUPPLIER_NOT_ALLOWED {
        @Override
        public boolean isBrokenBy(DocumentCategory category, Booking booking) {
            return Boolean.TRUE.equals(booking.supplierNamed()) && !category.acceptsSupplier();
        }
    };

    /** Whether booking this under the category breaks this rule; a rule whose part is not given is not broken. */
    public abstract boolean isBrokenBy(DocumentCategory category, Booking booking);

    /** The rules that booking this under the category breaks, in this enum's order. */
    public static List<CategoryRule> brokenBy(DocumentCategory category, Booking booking) {
        return Arrays.stream(values()).filter(rule -> rule.isBrokenBy(category, booking)).toList();
    }

    /**
     * What is booked under a category, as far as the one who asks knows it: which way it moves stock
     * (+1 in, -1 out), the kind of store, the item, whether a supplier is named. A part left null is
     * not judged: a document's header knows no item, its line no store of its own.
     */
    public record Booking(Integer movement, StoreKind storeKind, Item item, Boolean supplierNamed) {

        /** What a document names for all its lines: the store and whether a supplier. */
        public static Booking ofDocument(StoreKind storeKind, boolean supplierNamed) {
            return new Booking(null, storeKind, null, supplierNamed);
        }

        /** The item of one line. */
        public static Booking ofItem(Item item) {
            return new Booking(null, null, item, null);
        }

        /** Which way one line moves stock. */
        public static Booking ofMovement(int movement) {
            return new Booking(movement, null, null, null);
        }
    }
}
