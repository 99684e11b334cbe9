package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoreScopeTest {

    @Test
    void aScopeNarrowedToAUnitKeepsOnlyWhatLiesUnderBoth() {
        assertEquals(StoreScope.all(), StoreScope.all().narrowedTo(PO), "the planning office: the whole organisation");
        assertEquals(StoreScope.under(NC), StoreScope.all().narrowedTo(NC));
        assertEquals(StoreScope.under(ZBET), StoreScope.under(NC).narrowedTo(ZBET), "a site of the BU");
        assertEquals(StoreScope.under(NC), StoreScope.under(NC).narrowedTo(NC));
        assertEquals(StoreScope.under(NC), StoreScope.under(NC).narrowedTo(PO), "the whole organisation of a BU's reader");
        assertEquals(StoreScope.under(ZBET), StoreScope.under(ZBET).narrowedTo(NC), "a keeper asking for the BU");
        assertEquals(StoreScope.none(), StoreScope.under(NC).narrowedTo(NW), "another BU");
        assertEquals(StoreScope.none(), StoreScope.under(NC).narrowedTo(GZBD), "another BU's site");
        assertEquals(StoreScope.none(), StoreScope.under(ZBET).narrowedTo(GZBD));
        assertEquals(StoreScope.none(), StoreScope.none().narrowedTo(PO));
    }
}
