package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.GZBD_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.GZBD_GOOD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NC_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.NC_GOOD;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.NW_GOOD;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Who arranges transfer slips and who writes off what did not arrive. */
class CallerTransferTest {

    /** From → to pairs within North China (site ↔ BU), within North West, and between the two. */
    private static final List<Store[]> WITHIN_NC = List.of(new Store[] {ZBET_GOOD, NC_GOOD},
            new Store[] {NC_GOOD, ZBET_GOOD}, new Store[] {ZBET_DAMAGED, NC_DAMAGED});
    private static final List<Store[]> WITHIN_NW = List.of(new Store[] {GZBD_GOOD, NW_GOOD},
            new Store[] {NW_GOOD, GZBD_GOOD});
    private static final List<Store[]> CROSS_BU = List.of(new Store[] {ZBET_GOOD, NW_GOOD},
            new Store[] {NW_GOOD, ZBET_GOOD}, new Store[] {GZBD_DAMAGED, ZBET_DAMAGED},
            new Store[] {NC_GOOD, GZBD_GOOD});

    private static void assertArranges(Caller caller, List<Store[]> pairs, boolean expected) {
        for (Store[] pair : pairs) {
            assertEquals(expected, caller.mayArrangeTransfer(pair[0], pair[1]),
                    () -> caller.getUsername() + " " + caller.getRoles() + ": " + pair[0].getCode() + " → "
                            + pair[1].getCode());
        }
    }

    @Test
    void thePlannerArrangesEveryTransferAndApprovesLosses() {
        Caller planner = caller(PO, Role.PLANNER);

        assertArranges(planner, WITHIN_NC, true);
        assertArranges(planner, WITHIN_NW, true);
        assertArranges(planner, CROSS_BU, true);
        assertTrue(planner.mayApproveTransferLoss());
    }

    @Test
    void aBuAccountantArrangesOnlyTransfersWithinTheOwnBu() {
        Caller accountant = caller(NC, Role.ACCOUNTANT);

        assertArranges(accountant, WITHIN_NC, true);
        assertArranges(accountant, WITHIN_NW, false);
        assertArranges(accountant, CROSS_BU, false);
        assertFalse(accountant.mayApproveTransferLoss());
    }

    @Test
    void theOtherBusAccountantLikewise() {
        Caller accountant = caller(NW, Role.ACCOUNTANT);

        assertArranges(accountant, WITHIN_NW, true);
        assertArranges(accountant, WITHIN_NC, false);
        assertArranges(accountant, CROSS_BU, false);
    }

    @Test
    void aBuManagerAgreesButDoesNotArrange() {
        Caller manager = caller(NC, Role.BU_MANAGER);

        assertArranges(manager, WITHIN_NC, false);
        assertArranges(manager, CROSS_BU, false);
        assertFalse(manager.mayApproveTransferLoss());
    }

    @Test
    void keepersViewersAndAdministratorsNeverArrangeNorApprove() {
        for (Caller caller : List.of(caller(ZBET, Role.KEEPER), caller(GZBD, Role.KEEPER), caller(NC, Role.VIEWER),
                caller(PO, Role.VIEWER), caller(PO, Role.ADMIN))) {
            assertArranges(caller, WITHIN_NC, false);
            assertArranges(caller, WITHIN_NW, false);
            assertArranges(caller, CROSS_BU, false);
            assertFalse(caller.mayApproveTransferLoss(), caller.getRoles()::toString);
        }
    }

    @Test
    void rolesAtTheWrongLevelGrantNothing() {
        Caller accountantAtThePlanningOffice = caller(PO, Role.ACCOUNTANT);
        Caller plannerInABu = caller(NC, Role.PLANNER);
        Caller accountantAtASite = caller(ZBET, Role.ACCOUNTANT);

        for (Caller caller : List.of(accountantAtThePlanningOffice, plannerInABu, accountantAtASite)) {
            assertArranges(caller, WITHIN_NC, false);
            assertArranges(caller, CROSS_BU, false);
            assertFalse(caller.mayApproveTransferLoss());
        }
    }

    @Test
    void requireTransferRightNamesTheUserAndBothStores() {
        Caller accountant = caller(NC, Role.ACCOUNTANT);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> accountant.requireTransferRight(ZBET_GOOD, NW_GOOD));

        assertEquals(BusinessException.Kind.FORBIDDEN, e.getKind());
        assertEquals("access.denied.transfer", e.getProblems().get(0).getMessageKey());
        assertArrayEquals(new Object[] {"user-NC", "ZBET-G", "NW-G"}, e.getProblems().get(0).getArguments());
        assertDoesNotThrow(() -> accountant.requireTransferRight(ZBET_GOOD, NC_GOOD));
    }
}
