package org.fieldstock.domain.shared;

import java.io.Serializable;

/**
 * Which rows of a long list to read: from {@code first} (0 is the first row), at most {@code size}
 * of them, in the order of {@code sort} if given (else the list's own order). Lists are paged in the
 * database, so a page is never larger than {@link #MAX_SIZE}, whatever the caller asks for.
 *
 * @param first the index of the first row, 0 or more
 * @param size  how many rows at most, 1 to {@link #MAX_SIZE}
 * @param sort  the column to sort by and its direction; null for the list's own order
 */
public record PageRequest(int first, int size, Sort sort) implements Serializable {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /**
     * Counting every match of a wide search costs as much as reading them; lists count up to this
     * many and then say "more than" ({@link Page#totalIsLowerBound()}).
     */
    public static final int COUNT_LIMIT = 10_000;

    public PageRequest {
        first = Math.max(0, first);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public PageRequest(int first, int size) {
        this(first, size, null);
    }

    /** The first rows of the list in its own order. */
    public static PageRequest firstRows(int size) {
        return new PageRequest(0, size);
    }

    /** Page {@code number} (0 is the first) of pages of {@code size} rows. */
    public static PageRequest page(int number, int size) {
        PageRequest sized = new PageRequest(0, size);
        return new PageRequest((int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, number) * sized.size()),
                sized.size());
    }

    /** The number of this page (0 is the first), for links to the next and previous. */
    public int number() {
        return first / size;
    }

    public PageRequest sortedBy(Sort order) {
        return new PageRequest(first, size, order);
    }

    /** The sort column, if it is one of those the list can sort by; a list never sorts by what the caller names freely. */
    public boolean sortsBy(String field) {
        return sort != null && sort.field().equals(field);
    }

    /**
     * A column and direction.
     *
     * @param field     the list's name of the column (each list says which it can sort by)
     * @param ascending true for A to Z and oldest first
     */
    public record Sort(String field, boolean ascending) implements Serializable {

        public Sort {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("a sort needs a field");
            }
        }
    }
}
