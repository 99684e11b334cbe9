package org.fieldstock.domain.organisation;

import static org.fieldstock.domain.DomainFixtures.GZBD_GOOD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NC_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoreTest {

    @Test
    void siteStoreBelongsToTheSitesBusinessUnit() {
        assertSame(NC, ZBET_GOOD.businessUnit());
        assertSame(NW, GZBD_GOOD.businessUnit());
    }

    @Test
    void businessUnitStoreBelongsToThatBusinessUnit() {
        assertSame(NC, NC_DAMAGED.businessUnit());
    }

    @Test
    void planningOfficeKeepsNoStore() {
        assertThrows(IllegalArgumentException.class,
                () -> new Store("PO-G", StoreKind.GOOD, PO, "计划处库", "PO store"));
    }
}
