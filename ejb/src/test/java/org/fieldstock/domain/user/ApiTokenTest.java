package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final AppUser OWNER = new AppUser("accountant", "hash", "Accountant", NC, Set.of(Role.ACCOUNTANT));

    @Test
    void aTokenIsRandomPrefixedAndOnlyItsHashIsKept() {
        ApiToken.Issued first = ApiToken.issue(OWNER, " export ", NOW);
        ApiToken.Issued second = ApiToken.issue(OWNER, "export", NOW);

        assertTrue(first.secret().startsWith(ApiToken.PREFIX));
        assertNotEquals(first.secret(), second.secret());
        assertEquals("export", first.token().getLabel());
        assertEquals(64, ApiToken.hash(first.secret()).length());
        assertEquals(ApiToken.hash(first.secret()), ApiToken.hash(first.secret()));
        assertNotEquals(ApiToken.hash(first.secret()), ApiToken.hash(second.secret()));
    }

    @Test
    void aTokenNeedsAShortLabel() {
        BusinessException blank = assertThrows(BusinessException.class, () -> ApiToken.issue(OWNER, " ", NOW));
        assertEquals(new Problem("token.label.required"), onlyProblem(blank));
        BusinessException long_ = assertThrows(BusinessException.class,
                () -> ApiToken.issue(OWNER, "x".repeat(ApiToken.MAX_LABEL_LENGTH + 1), NOW));
        assertEquals(new Problem("token.label.tooLong", ApiToken.MAX_LABEL_LENGTH), onlyProblem(long_));
    }

    @Test
    void revokingEndsATokenOnceAndForAll() {
        ApiToken token = ApiToken.issue(OWNER, "script", NOW).token();
        assertTrue(token.isActive());

        token.revoke("accountant", NOW);
        token.revoke("admin", NOW.plusSeconds(60));

        assertFalse(token.isActive());
        assertEquals("accountant", token.getRevokedBy());
        assertEquals(NOW, token.getRevokedAt());
    }

    @Test
    void useIsNotedAtMostEveryFewMinutes() {
        ApiToken token = ApiToken.issue(OWNER, "script", NOW).token();

        assertTrue(token.isUseDue(NOW), "never used yet");
        assertEquals(NOW.minus(Duration.ofMinutes(5)), ApiToken.useNotedSince(NOW));
    }
}
