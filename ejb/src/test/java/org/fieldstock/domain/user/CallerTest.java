package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.ALL_STORES;
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
import java.util.Set;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final List<Store> NC_STORES = List.of(NC_GOOD, NC_DAMAGED, ZBET_GOOD, ZBET_DAMAGED);
    private static final List<Store> NW_STORES = List.of(NW_GOOD, GZBD_GOOD, GZBD_DAMAGED);

    @Test
    void plannerAtThePlanningOfficeMayEnterAndReviewAnyStore() {
        Caller planner = caller(PO, Role.PLANNER);

        for (Store store : ALL_STORES) {
            assertTrue(planner.mayEnterDocumentsFor(store), store.getCode());
            assertTrue(planner.mayReviewDocumentsFor(store), store.getCode());
        }
    }

    @Test
    void plannerRoleOutsideThePlanningOfficeGivesNoCrossBuRights() {
        Caller planner = caller(NC, Role.PLANNER);

        assertFalse(planner.mayEnterDocumentsFor(NW_GOOD));
        assertFalse(planner.mayReviewDocumentsFor(GZBD_GOOD));
    }

    @Test
    void buAccountantMayEnterAndReviewStoresOfTheBuAndItsSites() {
        Caller accountant = caller(NC, Role.ACCOUNTANT);

        for (Store store : NC_STORES) {
            assertTrue(accountant.mayEnterDocumentsFor(store), store.getCode());
            assertTrue(accountant.mayReviewDocumentsFor(store), store.getCode());
        }
    }

    @Test
    void buAccountantMayNotTouchAnotherBusStores() {
        Caller accountant = caller(NC, Role.ACCOUNTANT);

        for (Store store : NW_STORES) {
            assertFalse(accountant.mayEnterDocumentsFor(store), store.getCode());
            assertFalse(accountant.mayReviewDocumentsFor(store), store.getCode());
        }
    }

    @Test
    void accountantAtThePlanningOfficeHasNoBuToWorkFor() {
        Caller accountant = caller(PO, Role.ACCOUNTANT);

        for (Store store : ALL_STORES) {
            assertFalse(accountant.mayEnterDocumentsFor(store), store.getCode());
        }
    }

    @Test
    void siteKeeperMayEnterOnlyTheSitesOwnStores() {
        Caller keeper = caller(ZBET, Role.KEEPER);

        assertTrue(keeper.mayEnterDocumentsFor(ZBET_GOOD));
        assertTrue(keeper.mayEnterDocumentsFor(ZBET_DAMAGED));
        assertFalse(keeper.mayEnterDocumentsFor(NC_GOOD), "not even the own BU's store");
        assertFalse(keeper.mayEnterDocumentsFor(GZBD_GOOD));
    }

    @Test
    void siteKeeperNeverReviews() {
        Caller keeper = caller(ZBET, Role.KEEPER);

        for (Store store : ALL_STORES) {
            assertFalse(keeper.mayReviewDocumentsFor(store), store.getCode());
        }
    }

    @Test
    void keeperRoleAtABusinessUnitGivesNoEntryRight() {
        Caller keeper = caller(NC, Role.KEEPER);

        for (Store store : ALL_STORES) {
            assertFalse(keeper.mayEnterDocumentsFor(store), store.getCode());
        }
    }

    @Test
    void viewerMayNeitherEnterNorReview() {
        for (OrgUnit unit : List.of(PO, NC, NW, ZBET, GZBD)) {
            Caller viewer = caller(unit, Role.VIEWER);
            for (Store store : ALL_STORES) {
                assertFalse(viewer.mayEnterDocumentsFor(store), unit.getCode() + " " + store.getCode());
                assertFalse(viewer.mayReviewDocumentsFor(store), unit.getCode() + " " + store.getCode());
            }
        }
    }

    @Test
    void callerWithoutRolesMayDoNothing() {
        Caller nobody = new Caller("nobody", Set.of(), PO);

        assertTrue(nobody.getRoles().isEmpty());
        assertFalse(nobody.mayEnterDocumentsFor(ZBET_GOOD));
        assertFalse(nobody.mayReviewDocumentsFor(ZBET_GOOD));
    }

    @Test
    void requireReviewRightRefusesAKeeperNamingUserAndStore() {
        Caller keeper = caller(ZBET, Role.KEEPER);

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> keeper.requireReviewRight(ZBET_GOOD));

        assertEquals(BusinessException.Kind.FORBIDDEN, e.getKind());
        assertEquals("access.denied.review", e.getProblems().get(0).getMessageKey());
        assertArrayEquals(new Object[] { "user-ZBET", "ZBET-G" }, e.getProblems().get(0).getArguments());
    }

    @Test
    void requireReviewRightPassesForTheBuAccountant() {
        assertDoesNotThrow(() -> caller(NC, Role.ACCOUNTANT).requireReviewRight(ZBET_DAMAGED));
    }

    @Test
    void requireEntryRightRefusesAnotherSitesKeeper() {
        Caller keeper = caller(GZBD, Role.KEEPER);

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> keeper.requireEntryRight(ZBET_GOOD));

        assertEquals("access.denied.enter", e.getProblems().get(0).getMessageKey());
        assertDoesNotThrow(() -> keeper.requireEntryRight(GZBD_DAMAGED));
    }

    @Test
    void rolesAreCopiedNotShared() {
        Caller accountant = caller(NC, Role.ACCOUNTANT);

        accountant.getRoles().add(Role.PLANNER);

        assertEquals(Set.of(Role.ACCOUNTANT), accountant.getRoles());
    }

    /** The scope lists filter by in the database is what mayRead says, store by store. */
    @Test
    void readScopeHoldsExactlyTheStoresTheCallerMayRead() {
        List<Caller> callers = List.of(caller(NC, Role.BU_MANAGER), caller(ZBET, Role.KEEPER), caller(ZBET, Role.VIEWER),
                caller(NC, Role.VIEWER), caller(NW, Role.BU_MANAGER, Role.VIEWER));
        for (Caller caller : callers) {
            assertFalse(caller.readsEveryStore(), caller.getUsername());
            OrgUnit unit = caller.readScope().orElseThrow();
            for (Store store : ALL_STORES) {
                boolean underUnit = store.getOwner().getCode().equals(unit.getCode())
                        || store.getOwner().getParent() != null
                                && store.getOwner().getParent().getCode().equals(unit.getCode());
                assertEquals(caller.mayRead(store), underUnit, caller.getRoles() + " " + store.getCode());
            }
        }
        assertTrue(caller(NC, Role.ADMIN).readScope().isEmpty(), "reads no store");
    }
}
