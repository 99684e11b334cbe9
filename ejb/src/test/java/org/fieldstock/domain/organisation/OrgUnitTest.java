package org.fieldstock.domain.organisation;

import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private static OrgUnit unit(String code, OrgUnitKind kind, OrgUnit parent) {
        return new OrgUnit(code, kind, "名", "Name", parent, null);
    }

    @Test
    void planningOfficeHasNoParent() {
        assertThrows(IllegalArgumentException.class, () -> unit("PO2", OrgUnitKind.PLANNING_OFFICE, PO));
        assertNull(PO.getParent());
    }

    @Test
    void businessUnitBelongsToThePlanningOffice() {
        assertThrows(IllegalArgumentException.class, () -> unit("BU1", OrgUnitKind.BU, null));
        assertThrows(IllegalArgumentException.class, () -> unit("BU1", OrgUnitKind.BU, NC));
        assertThrows(IllegalArgumentException.class, () -> unit("BU1", OrgUnitKind.BU, ZBET));
        assertSame(PO, unit("BU1", OrgUnitKind.BU, PO).getParent());
    }

    @Test
    void siteBelongsToABusinessUnit() {
        assertThrows(IllegalArgumentException.class, () -> unit("S1", OrgUnitKind.SITE, null));
        assertThrows(IllegalArgumentException.class, () -> unit("S1", OrgUnitKind.SITE, PO));
        assertThrows(IllegalArgumentException.class, () -> unit("S1", OrgUnitKind.SITE, ZBET));
        assertSame(NW, unit("S1", OrgUnitKind.SITE, NW).getParent());
    }

    @Test
    void businessUnitOfEachLevel() {
        assertNull(PO.businessUnit());
        assertSame(NC, NC.businessUnit());
        assertSame(NC, ZBET.businessUnit());
        assertSame(NW, GZBD.businessUnit());
    }
}
