package org.fieldstock.domain.stock;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Where an item is kept in a store, as its bin card writes it. */
class BinLocationTest {

    @Test
    void aPlaceIsAZoneOrRackWithItsLevelAndPositionWhereGiven() {
        assertEquals("A03-2-05", new BinLocation(ZBET_GOOD, BOLT, " A03 ", "2", "05", "keeper", NOW).label());
        assertEquals("Y1", new BinLocation(ZBET_GOOD, BOLT, "Y1", " ", null, "keeper", NOW).label(), "a yard place");
        BinLocation moved = new BinLocation(ZBET_GOOD, BOLT, "A03", "2", "05", "keeper", NOW);
        moved.move("B01", null, "7", "keeper2", NOW);
        assertEquals("B01-7", moved.label());
        assertEquals("keeper2", moved.getSetBy());
    }

    @Test
    void aPlaceNamesItsZoneAndStaysShort() {
        assertEquals(List.of("bin.zone.required"), keys(assertThrows(BusinessException.class,
                () -> new BinLocation(ZBET_GOOD, BOLT, " ", "2", null, "keeper", NOW))));
        assertEquals(List.of("bin.part.tooLong"), keys(assertThrows(BusinessException.class,
                () -> new BinLocation(ZBET_GOOD, BOLT, "A03", "12345678901", null, "keeper", NOW))));
    }
}
