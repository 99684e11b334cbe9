package org.fieldstock.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aRequestStaysWithinTheLargestPageWhateverIsAsked() {
        assertEquals(new PageRequest(0, PageRequest.MAX_SIZE), new PageRequest(-5, 100_000));
        assertEquals(PageRequest.DEFAULT_SIZE, new PageRequest(0, 0).size());
        assertEquals(new PageRequest(150, 50), PageRequest.page(3, 50));
        assertEquals(3, PageRequest.page(3, 50).number());
        assertEquals(Integer.MAX_VALUE, PageRequest.page(Integer.MAX_VALUE, 500).first());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest.Sort(" ", true));
        assertTrue(PageRequest.firstRows(10).sortedBy(new PageRequest.Sort("date", false)).sortsBy("date"));
        assertFalse(PageRequest.firstRows(10).sortsBy("date"));
    }

    @Test
    void aListCountedPastTheLimitSaysMoreThanTheLimit() {
        PageRequest second = PageRequest.page(1, 2);
        Page<String> capped = Page.counted(List.of("c", "d"), PageRequest.COUNT_LIMIT + 1, second);
        assertEquals(PageRequest.COUNT_LIMIT, capped.total());
        assertTrue(capped.totalIsLowerBound());
        assertTrue(capped.hasNext());

        Page<String> exact = Page.counted(List.of("c", "d"), 4, second);
        assertEquals(4, exact.total());
        assertFalse(exact.totalIsLowerBound());
        assertFalse(exact.hasNext());
        assertTrue(Page.counted(List.of("c", "d"), 5, second).hasNext());
    }

    @Test
    void theTotalIsNeverBelowTheRowsAlreadySeen() {
        // a list that grew between the page and its count, or was counted only to the limit
        Page<String> page = Page.of(List.of("x"), 3, new PageRequest(5, 10));
        assertEquals(6, page.total());
        assertEquals(List.of(1), page.map(String::length).rows());
        assertEquals(0, Page.empty(PageRequest.firstRows(5)).total());
    }
}
