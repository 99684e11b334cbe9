package org.fieldstock.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read in the database, and how many rows the whole list has.
 *
 * @param rows              the page's rows, at most the request's size
 * @param total             the rows of the whole list; with {@code totalIsLowerBound} at least this many
 * @param totalIsLowerBound true when the list stopped counting at {@link PageRequest#COUNT_LIMIT}
 * @param request           the page asked for
 */
public record Page<T>(List<T> rows, long total, boolean totalIsLowerBound, PageRequest request) {

    public Page {
        rows = List.copyOf(rows);
        total = Math.max(total, (long) request.first() + rows.size());
    }

    /** A page of a list that was counted to the end. */
    public static <T> Page<T> of(List<T> rows, long total, PageRequest request) {
        return new Page<>(rows, total, false, request);
    }

    /**
     * A page of a list counted up to {@link PageRequest#COUNT_LIMIT}: {@code counted} above the limit
     * means "more than the limit".
     */
    public static <T> Page<T> counted(List<T> rows, long counted, PageRequest request) {
        boolean capped = counted > PageRequest.COUNT_LIMIT;
        return new Page<>(rows, capped ? PageRequest.COUNT_LIMIT : counted, capped, request);
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), 0, false, request);
    }

    /** The same page with its rows turned into what a screen or an answer shows. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(rows.stream().<R>map(mapper).toList(), total, totalIsLowerBound, request);
    }

    /** Whether rows follow this page. */
    public boolean hasNext() {
        return totalIsLowerBound || request.first() + rows.size() < total;
    }
}
