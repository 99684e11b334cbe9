package org.fieldstock.interfaces.shared.rest;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/**
 * Lists answer a page at a time: {@code page} (0 is the first) and {@code size} (default
 * {@value PageRequest#DEFAULT_SIZE}, at most {@value PageRequest#MAX_SIZE}) in the query; the body is
 * the page's rows, the headers say how many there are in all ({@value #TOTAL}, with
 * {@value #TOTAL_IS_LOWER_BOUND} when the list stopped counting) and link the neighbouring pages
 * ({@code Link} with rel {@code next} and {@code prev}).
 */
public final class Pages {

    public static final String TOTAL = "X-Total-Count";
    public static final String TOTAL_IS_LOWER_BOUND = "X-Total-Count-Is-Lower-Bound";

    private Pages() {
    }

    /**
     * The page asked for; {@code max} is the older name of {@code size}. A page number or size below
     * zero is a 422 naming it; a size above the largest is the largest.
     */
    public static PageRequest request(Integer page, Integer size, Integer max) {
        Integer rows = size != null ? size : max;
        if (page != null && page < 0) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.page.invalid", "page", page);
        }
        if (rows != null && rows < 1) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.page.invalid",
                    size != null ? "size" : "max", rows);
        }
        return PageRequest.page(page == null ? 0 : page, rows == null ? PageRequest.DEFAULT_SIZE : rows);
    }

    /**
     * The request sorted by {@code sort}, one of the list's {@code fields}: {@code field} for
     * ascending, {@code -field} for descending; none keeps the list's own order. Any other name is a
     * 422 naming it (a list never sorts by what the caller names freely).
     */
    public static PageRequest sorted(PageRequest request, String sort, Set<String> fields) {
        if (sort == null || sort.isBlank()) {
            return request;
        }
        String given = sort.strip();
        boolean descending = given.startsWith("-");
        String field = descending ? given.substring(1) : given;
        if (!fields.contains(field)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.sort.invalid", "sort", given);
        }
        return request.sortedBy(new PageRequest.Sort(field, !descending));
    }

    /** 200 with the page's rows as JSON, the total and the links to the neighbouring pages. */
    public static <T, J> Response ok(Page<T> page, Function<? super T, J> json, UriInfo uri) {
        List<J> body = page.rows().stream().<J>map(json).toList();
        return ok(body, page, uri);
    }

    /**
     * 200 with a body that holds a page of a list among other things (a campaign with a page of its
     * sheets), and the page's total and links as {@link #ok(Page, Function, UriInfo)} gives them.
     */
    public static Response ok(Object body, Page<?> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(body).header(TOTAL, page.total());
        if (page.totalIsLowerBound()) {
            answer.header(TOTAL_IS_LOWER_BOUND, true);
        }
        PageRequest request = page.request();
        if (page.hasNext()) {
            answer.links(link(uri, request.number() + 1, request.size(), "next"));
        }
        if (request.number() > 0) {
            answer.links(link(uri, request.number() - 1, request.size(), "prev"));
        }
        return answer.build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("max")
                .replaceQueryParam("page", page).replaceQueryParam("size", size)).rel(rel).build();
    }
}
