package org.fieldstock.infrastructure.persistence;

import java.util.List;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/** Reads one page of a list in the database, and counts the list only as far as is cheap. */
final class Paging {

    private Paging() {
    }

    /**
     * The page of {@code rows} (a query with its ORDER BY) that the request asks for, with the list
     * counted by reading at most {@link PageRequest#COUNT_LIMIT} + 1 of its {@code ids} (the same
     * filter, selecting only the id: an index-only read, where a COUNT over a wide filter would read
     * every match).
     */
    static <T> Page<T> page(TypedQuery<T> rows, TypedQuery<?> ids, PageRequest request) {
        return page((Query) rows, ids, request);
    }

    /** The same for native queries: {@code rows} answers entities of the page's type. */
    @SuppressWarnings("unchecked")
    static <T> Page<T> page(Query rows, Query ids, PageRequest request) {
        List<T> found = (List<T>) rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        if (request.first() == 0 && found.size() < request.size()) {
            return Page.of(found, found.size(), request);
        }
        int counted = ids.setMaxResults(PageRequest.COUNT_LIMIT + 1).getResultList().size();
        return Page.counted(found, counted, request);
    }
}
