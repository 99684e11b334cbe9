package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a long list for a lazy {@code p:dataTable}: each page the table shows is read in the
 * database through the service (one call per page: the page and its total come together), sorted
 * there by the column the user clicked. The view keeps only this model, the rows of the page shown,
 * and what the service needs to read the next.
 */
public final class PagedRows<T extends Serializable> extends LazyDataModel<T> {

    /** Reads one page through the service; a lambda of the view, which is itself serializable. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> read(PageRequest request);
    }

    /** What identifies a row among the others, for selection and row keys. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final Source<T> source;
    private final RowKey<T> rowKey;
    private List<T> shown = List.of();
    private long total;
    private boolean totalIsLowerBound;

    public PagedRows(Source<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    /**
     * Takes the table of the current view back to its first page, as a new search should; the
     * table reads that page with the filters as they are when it next shows.
     */
    public static void firstPage(String tableId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null
                && faces.getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /**
     * The total as last read. The table asks for it before each page only to keep the page number
     * inside the list; {@link #load} reads the page and the total in one go and sets the count the
     * paginator shows.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = source.read(new PageRequest(first, pageSize, sortOf(sortBy)));
        shown = page.rows();
        total = page.total();
        totalIsLowerBound = page.totalIsLowerBound();
        setRowCount((int) Math.min(Integer.MAX_VALUE, total));
        return shown;
    }

    private static PageRequest.Sort sortOf(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return null;
        }
        return sortBy.values().stream().filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .sorted().findFirst()
                .map(s -> new PageRequest.Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING)).orElse(null);
    }

    /** The rows of the whole list as last read; with {@link #isTotalLowerBound()} at least this many. */
    public long getTotal() {
        return total;
    }

    /** True when the list stopped counting ("more than …" on the screen). */
    public boolean isTotalLowerBound() {
        return totalIsLowerBound;
    }

    /** The rows of the page last shown. */
    public List<T> getShown() {
        return shown;
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }

    @Override
    public T getRowData(String key) {
        return shown.stream().filter(r -> rowKey.of(r).equals(key)).findFirst().orElse(null);
    }
}
