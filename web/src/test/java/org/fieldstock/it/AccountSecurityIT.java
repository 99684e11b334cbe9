package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The administrator's user management and the account rules behind sign-in: the lock after
 * repeated failures (kept in the database, so on every server), lifting it, forced password
 * change after a reset, disabling, revoking someone's token, and the audit trail of it all.
 * Each test works on users of its own, so that no demo user stays locked.
 */
@OnSharedServer
class AccountSecurityIT {

    @ServerBase
    private URL base;

    private ApiClient admin() {
        return ApiClient.as(base, "admin", "demo");
    }

    private String newUser(String role, String orgUnit) {
        String name = "it." + Long.toString(System.nanoTime(), 36);
        ApiClient.Answer created = admin().post("api/users", "{\"username\":\"" + name + "\",\"displayName\":\"测试 "
                + name + "\",\"orgUnit\":\"" + orgUnit + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.status(), created.raw());
        return name;
    }

    private String temporaryPassword(String user) {
        ApiClient.Answer reset = admin().post("api/users/" + user + "/reset-password", null);
        assertEquals(200, reset.status(), reset.raw());
        assertTrue(reset.object().getJsonObject("user").getBoolean("mustChangePassword"));
        return reset.object().getString("temporaryPassword");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilItExpiresOrTheAdministratorLiftsIt() {
        String user = newUser("VIEWER", "NC");
        String password = temporaryPassword(user);
        ApiClient wrong = ApiClient.as(base, user, "guess-" + password);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("api/stores").status(), "attempt " + (i + 1));
        }
        ApiClient.Answer locked = ApiClient.as(base, user, password).get("api/stores");
        assertEquals(429, locked.status(), "even the right password waits: " + locked.raw());
        assertEquals("login.tooManyFailures", locked.object().getJsonArray("codes").getString(0), locked.raw());
        assertTrue(locked.object().getJsonArray("messages").getString(0)
                .matches("Too many failed logins: try again in \\d+ seconds\\."), locked.raw());

        JsonObject seen = admin().get("api/users/" + user).object();
        assertTrue(seen.getBoolean("locked"), "the administrator sees the lock: " + seen);
        assertEquals(5, seen.getInt("failedLogins"));

        List<JsonObject> trail = ApiClient.as(base, "planner", "demo").get("api/audit?subject=" + user).array()
                .getValuesAs(JsonObject.class);
        assertEquals(6, trail.stream().filter(e -> e.getString("action").equals("LOGIN_FAILED")).count(),
                "five wrong passwords and one attempt while locked: " + trail);
        assertEquals(1, trail.stream().filter(e -> e.getString("action").equals("ACCOUNT_LOCKED")).count());
        ApiClient.Answer lockedZh = ApiClient.as(base, user, password).inLanguage("zh-CN").get("api/stores");
        assertTrue(lockedZh.object().getJsonArray("messages").getString(0).startsWith("登录失败次数过多"), lockedZh.raw());

        assertEquals(200, admin().post("api/users/" + user + "/unlock", null).status());
        ApiClient.Answer afterUnlock = ApiClient.as(base, user, password).get("api/stores");
        assertEquals(403, afterUnlock.status(), "unlocked; now the reset password must be changed first");
        assertEquals("password.mustChange", afterUnlock.object().getJsonArray("codes").getString(0));
        assertFalse(afterUnlock.raw().contains("Exception"), afterUnlock.raw());
    }

    @Test
    void anUnknownNameIsTreatedLikeAnAccountThatLocks() {
        ApiClient nobody = ApiClient.as(base, "no.such.user." + System.nanoTime(), "whatever-it-is");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, nobody.get("api/stores").status());
        }
        assertEquals(429, nobody.get("api/stores").status(), "the answer does not reveal that the name is unknown");
    }

    @Test
    void aDisabledUserCanNeitherSignInNorUseTokensUntilEnabled() {
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        String token = keeper.post("api/tokens", "{\"label\":\"disable test\"}").object().getString("token");
        ApiClient withToken = ApiClient.withToken(base, token);
        assertEquals(200, withToken.get("api/tokens").status());

        assertEquals(200, admin().post("api/users/keeper/disable", null).status());
        try {
            assertEquals(401, keeper.get("api/tokens").status(), "no sign-in");
            assertEquals(401, withToken.get("api/tokens").status(), "no token either");
        } finally {
            assertEquals(200, admin().post("api/users/keeper/enable", null).status());
        }
        assertEquals(200, withToken.get("api/tokens").status(), "enabled again, the token works again");

        JsonObject listed = admin().get("api/users/keeper/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("label").equals("disable test")).findFirst().orElseThrow();
        assertFalse(listed.containsKey("token"), "the administrator never sees a secret");
        ApiClient.Answer revoked = admin().delete("api/users/keeper/tokens/" + listed.getJsonNumber("id").longValue());
        assertEquals(200, revoked.status(), revoked.raw());
        assertEquals("admin", revoked.object().getString("revokedBy"));
        assertEquals(401, withToken.get("api/tokens").status(), "revoked by the administrator");
        assertEquals(404, admin().delete("api/users/planner/tokens/" + listed.getJsonNumber("id").longValue()).status(),
                "a token is revoked under its own user only");
    }

    @Test
    void rolesMustFitTheOrgUnitAndTheAdministratorCannotLockThemselvesOut() {
        ApiClient.Answer wrongLevel = admin().post("api/users", "{\"username\":\"it.wrong\",\"displayName\":\"错\","
                + "\"orgUnit\":\"ZBET\",\"roles\":[\"ACCOUNTANT\"]}");
        assertEquals(422, wrongLevel.status(), wrongLevel.raw());
        assertEquals("user.role.wrongLevel", wrongLevel.object().getJsonArray("codes").getString(0));

        ApiClient.Answer taken = admin().post("api/users", "{\"username\":\"planner\",\"displayName\":\"x\","
                + "\"orgUnit\":\"PO\",\"roles\":[\"PLANNER\"]}");
        assertEquals(422, taken.status());
        assertEquals("user.username.taken", taken.object().getJsonArray("codes").getString(0));

        assertEquals(422, admin().post("api/users/admin/disable", null).status());
        assertEquals(422, admin().put("api/users/admin", "{\"displayName\":\"陈管理\",\"orgUnit\":\"PO\","
                + "\"roles\":[\"PLANNER\"]}").status());
    }

    @Test
    void anAdministratorMovesAUserAndTheNewScopeAppliesAtOnce() {
        String user = newUser("KEEPER", "ZBET");
        admin().put("api/users/" + user, "{\"displayName\":\"调岗\",\"orgUnit\":\"GZBD\",\"roles\":[\"KEEPER\"]}");
        List<JsonObject> trail = ApiClient.as(base, "planner", "demo").get("api/audit?subject=" + user).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("USER_CHANGED", "USER_CREATED"),
                trail.stream().map(e -> e.getString("action")).toList(), "newest first");
        assertEquals("admin", trail.get(0).getString("actor"));
    }
}
