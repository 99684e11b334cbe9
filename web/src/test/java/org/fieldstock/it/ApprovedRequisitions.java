package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.json.JsonObject;

/** Requisitions taken through every signature by the demo users, for tests that need an approved one. */
final class ApprovedRequisitions {

    private ApprovedRequisitions() {
    }

    /** The keeper drafts it (a requisition of ZBET as JSON), the chief, planner, supervisor and manager sign. */
    static JsonObject approved(URL base, String requisition) {
        JsonObject draft = answer(201, ApiClient.as(base, "keeper", "demo").post("api/requisitions", requisition));
        long id = draft.getJsonNumber("id").longValue();
        signed(base, "chief", id, "SIGN");
        return signedFrom(base, id);
    }

    /** A filed requisition (the chief signed it) the BU still has to check and sign. */
    static JsonObject filed(URL base, String requisition) {
        JsonObject draft = answer(201, ApiClient.as(base, "keeper", "demo").post("api/requisitions", requisition));
        return signed(base, "chief", draft.getJsonNumber("id").longValue(), "SIGN");
    }

    /** The BU's planner, supervisor and manager sign a filed requisition. */
    static JsonObject signedFrom(URL base, long id) {
        signed(base, "buplanner", id, "CHECK");
        signed(base, "supervisor", id, "SUPERVISE");
        return signed(base, "manager", id, "APPROVE");
    }

    private static JsonObject signed(URL base, String user, long id, String action) {
        return answer(200, ApiClient.as(base, user, "demo").post("api/requisitions/" + id + "/steps",
                "{\"action\":\"" + action + "\"}"));
    }

    private static JsonObject answer(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), answer.raw());
        return answer.object();
    }
}
