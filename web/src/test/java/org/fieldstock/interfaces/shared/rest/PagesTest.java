package org.fieldstock.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void theQueryNamesThePageAndItsSizeOrTheOlderMax() {
        assertEquals(PageRequest.firstRows(PageRequest.DEFAULT_SIZE), Pages.request(null, null, null));
        assertEquals(new PageRequest(40, 20), Pages.request(2, 20, null));
        assertEquals(new PageRequest(0, 5), Pages.request(null, null, 5));
        assertEquals(new PageRequest(0, 7), Pages.request(null, 7, 5), "size wins over max");
        assertEquals(PageRequest.MAX_SIZE, Pages.request(0, 10_000, null).size());
    }

    @Test
    void aPageOrSizeBelowZeroIsRefusedNamingIt() {
        BusinessException page = assertThrows(BusinessException.class, () -> Pages.request(-1, null, null));
        assertEquals(BusinessException.Kind.INVALID, page.getKind());
        assertEquals(List.of(new Problem("request.page.invalid", "page", -1)), page.getProblems());
        assertEquals(List.of(new Problem("request.page.invalid", "max", 0)),
                assertThrows(BusinessException.class, () -> Pages.request(null, null, 0)).getProblems());
    }
}
