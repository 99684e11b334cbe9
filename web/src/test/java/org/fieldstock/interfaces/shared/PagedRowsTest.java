package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedRowsTest {

    private static final List<String> LIST = IntStream.range(0, 23).mapToObj(i -> "row-" + i).toList();

    private final List<PageRequest> asked = new ArrayList<>();

    private PagedRows<String> rows() {
        return new PagedRows<>(request -> {
            asked.add(request);
            List<String> rows = LIST.subList(Math.min(request.first(), LIST.size()),
                    Math.min(request.first() + request.size(), LIST.size()));
            return Page.of(rows, LIST.size(), request);
        }, row -> row);
    }

    @Test
    void eachPageIsOneReadThatAlsoGivesThePaginatorItsCount() {
        PagedRows<String> model = rows();
        assertEquals(0, model.count(Map.of()));
        assertEquals(List.of("row-20", "row-21", "row-22"), model.load(20, 10, Map.of(), Map.of()));
        assertEquals(23, model.getRowCount());
        assertEquals(23, model.count(Map.of()));
        assertEquals(List.of(new PageRequest(20, 10)), asked);
        assertEquals("row-21", model.getRowData("row-21"));
        assertNull(model.getRowData("row-3"), "only the page shown is kept");
    }

    @Test
    void theClickedColumnIsTheSortTheServiceIsAskedFor() {
        PagedRows<String> model = rows();
        SortMeta date = SortMeta.builder().field("date").order(SortOrder.DESCENDING).build();
        model.load(0, 5, Map.of("date", date), Map.of());
        SortMeta none = SortMeta.builder().field("number").order(SortOrder.UNSORTED).build();
        model.load(0, 5, Map.of("number", none), Map.of());
        assertEquals(new PageRequest.Sort("date", false), asked.get(0).sort());
        assertNull(asked.get(1).sort());
    }

    @Test
    void theModelTravelsWithTheView() throws Exception {
        PagedRows<String> model = rows();
        model.load(0, 5, Map.of(), Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new PagedRows<String>(request -> Page.empty(request), row -> row));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertTrue(in.readObject() instanceof PagedRows<?>);
        }
    }
}
