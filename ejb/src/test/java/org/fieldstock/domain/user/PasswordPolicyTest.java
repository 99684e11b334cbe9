package org.fieldstock.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static List<String> keys(String username, String password) {
        return PasswordPolicy.problems(username, password).stream().map(Problem::getMessageKey).toList();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(List.of("password.tooShort"), keys("li", "short"));
        assertEquals(List.of("password.tooShort"), keys("li", null));
        assertTrue(keys("li", "风电场备件库存管理系统").isEmpty(), "ten Chinese characters are long enough");
        assertEquals(List.of("password.tooLong"), keys("li", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)));
    }

    @Test
    void notBlankAndNotTheUserName() {
        assertEquals(List.of("password.blank"), keys("li", " ".repeat(12)));
        assertEquals(List.of("password.containsUsername"), keys("keeper", "MyKeeper-2026"));
        assertTrue(keys("keeper", "wind over the steppe").isEmpty());
    }
}
