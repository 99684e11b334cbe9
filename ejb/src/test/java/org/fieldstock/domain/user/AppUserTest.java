package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static AppUser keeper() {
        return new AppUser("keeper2", "hash", "张保管", ZBET, Set.of(Role.KEEPER));
    }

    @Test
    void theFifthFailedLoginInARowLocksForAQuarterOfAnHour() {
        AppUser user = keeper();
        for (int i = 1; i < AppUser.MAX_FAILED_LOGINS; i++) {
            assertFalse(user.failedLogin(NOW.plusSeconds(i)), "failure " + i);
        }
        assertFalse(user.isLocked(NOW.plusSeconds(10)));

        assertTrue(user.failedLogin(NOW.plusSeconds(10)), "the fifth locks");

        assertTrue(user.isLocked(NOW.plusSeconds(11)));
        assertEquals(NOW.plusSeconds(10).plus(AppUser.LOCK_DURATION), user.getLockedUntil());
        assertFalse(user.isLocked(NOW.plusSeconds(10).plus(AppUser.LOCK_DURATION)), "the lock expires");
    }

    @Test
    void aSuccessClearsTheCountAndAnExpiredLockStartsAfresh() {
        AppUser user = keeper();
        user.failedLogin(NOW);
        user.failedLogin(NOW);
        user.succeededLogin();
        assertEquals(0, user.getFailedLogins());

        for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
            user.failedLogin(NOW);
        }
        Instant later = NOW.plus(AppUser.LOCK_DURATION).plusSeconds(1);
        assertFalse(user.failedLogin(later), "one failure after the lock expired does not lock again");
        assertEquals(1, user.getFailedLogins());
        assertFalse(user.isLocked(later));
    }

    @Test
    void resetForcesAChangeAndLiftsTheLock() {
        AppUser user = keeper();
        for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
            user.failedLogin(NOW);
        }

        user.resetPassword("new-hash", NOW);

        assertTrue(user.isMustChangePassword());
        assertFalse(user.isLocked(NOW));
        assertEquals("new-hash", user.getPasswordHash());

        user.changePassword("chosen-hash", NOW.plusSeconds(60));
        assertFalse(user.isMustChangePassword());
        assertEquals(NOW.plusSeconds(60), user.getPasswordChangedAt());
    }

    @Test
    void aNewUserWithATemporaryPasswordMustChangeItFirst() {
        AppUser user = AppUser.withTemporaryPassword("li", "temporary-hash", "李", ZBET, Set.of(Role.KEEPER), NOW);

        assertTrue(user.isMustChangePassword());
        assertEquals("temporary-hash", user.getPasswordHash());
        assertEquals(NOW, user.getPasswordChangedAt());
    }

    @Test
    void eachRoleMustFitTheOrgUnitsLevel() {
        List<String> keys = AppUser.check("li", "李", ZBET, Set.of(Role.ACCOUNTANT, Role.KEEPER, Role.VIEWER))
                .stream().map(Problem::getMessageKey).toList();
        assertEquals(List.of("user.role.wrongLevel"), keys, "only the accountant does not fit a site");

        assertTrue(AppUser.check("wang", "王", PO, Set.of(Role.PLANNER, Role.ADMIN)).isEmpty());
        assertTrue(AppUser.check("zhou", "周", NC, Set.of(Role.ACCOUNTANT, Role.BU_MANAGER)).isEmpty());
    }

    @Test
    void aUserNeedsNameUnitAndARole() {
        List<String> keys = AppUser.check("x y", " ", null, Set.of()).stream().map(Problem::getMessageKey).toList();

        assertEquals(List.of("user.username.invalid", "user.displayName.required", "user.orgUnit.required",
                "user.roles.required"), keys);
    }

    @Test
    void assignRefusesARoleOfAnotherLevel() {
        AppUser user = keeper();

        BusinessException e = assertThrows(BusinessException.class, () -> user.assign("张", ZBET, Set.of(Role.PLANNER)));

        assertEquals("user.role.wrongLevel", e.getProblems().get(0).getMessageKey());
        assertEquals(Set.of(Role.KEEPER), user.getRoles(), "unchanged");
        user.assign("张保管", NC, Set.of(Role.ACCOUNTANT));
        assertEquals(NC, user.getOrgUnit());
    }
}
