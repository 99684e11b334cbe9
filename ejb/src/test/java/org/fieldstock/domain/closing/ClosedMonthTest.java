package org.fieldstock.domain.closing;

import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.LATER;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.fieldstock.domain.DomainFixtures;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

/** Closing a BU's month and opening it again. */
class ClosedMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void onlyAMonthThatHasEndedIsClosedAndOnlyABusinessUnits() {
        assertEquals(List.of("closing.month.notEnded"), keys(assertThrows(BusinessException.class,
                () -> new ClosedMonth(NC, YearMonth.from(TODAY), TODAY, "accountant", NOW))));
        assertEquals(List.of("closing.bu.required"), keys(assertThrows(BusinessException.class,
                () -> new ClosedMonth(ZBET, OCTOBER, TODAY, "accountant", NOW))));
        ClosedMonth closed = new ClosedMonth(NC, OCTOBER, TODAY, "accountant", NOW);
        assertTrue(closed.isClosed());
        assertEquals(OCTOBER, closed.getMonth());
        assertEquals(List.of("closing.alreadyClosed"), keys(assertThrows(BusinessException.class,
                () -> closed.close(TODAY, "accountant", LATER))));
    }

    @Test
    void reopeningNeedsAReasonAndTheMonthMayBeClosedAgain() {
        ClosedMonth month = new ClosedMonth(NC, OCTOBER, TODAY, "accountant", NOW);
        assertEquals(List.of("masterData.required"), keys(assertThrows(BusinessException.class,
                () -> month.reopen("  ", "planner", LATER))));
        month.reopen("漏记一张报废单 a scrap document was missed", "planner", LATER);
        assertFalse(month.isClosed());
        assertEquals("planner", month.getReopenedBy());
        assertEquals(List.of("closing.notClosed"), keys(assertThrows(BusinessException.class,
                () -> month.reopen("again", "planner", LATER))));
        month.close(TODAY, "accountant", LATER);
        assertTrue(month.isClosed());
        assertEquals(LATER, month.getClosedAt());
    }

    @Test
    void aBusinessUnitsAccountantClosesItsMonthsThePlanningOfficeAnyAndOnlyItReopens() {
        assertTrue(caller(NC, Role.ACCOUNTANT).mayCloseMonth(NC));
        assertFalse(caller(NC, Role.ACCOUNTANT).mayCloseMonth(DomainFixtures.NW));
        assertFalse(caller(NC, Role.BU_MANAGER).mayCloseMonth(NC));
        assertFalse(caller(ZBET, Role.KEEPER).mayCloseMonth(NC));
        assertTrue(caller(PO, Role.PLANNER).mayCloseMonth(DomainFixtures.NW));
        assertTrue(caller(PO, Role.PLANNER).mayReopenMonth());
        assertFalse(caller(NC, Role.ACCOUNTANT).mayReopenMonth());
    }
}
