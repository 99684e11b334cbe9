package org.fieldstock.domain.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentStatusTest {

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvSource({
            "SAVED,    MODIFY,   true",
            "SAVED,    REVIEW,   true",
            "SAVED,    UNREVIEW, false",
            "SAVED,    DELETE,   true",
            "REVIEWED, MODIFY,   false",
            "REVIEWED, REVIEW,   false",
            "REVIEWED, UNREVIEW, true",
            "REVIEWED, DELETE,   false",
            "DELETED,  MODIFY,   false",
            "DELETED,  REVIEW,   false",
            "DELETED,  UNREVIEW, false",
            "DELETED,  DELETE,   false" })
    void allowedActionsTable(DocumentStatus status, DocumentAction action, boolean allowed) {
        assertEquals(allowed, status.allows(action));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "SAVED,    MODIFY,   SAVED",
            "SAVED,    REVIEW,   REVIEWED",
            "SAVED,    DELETE,   DELETED",
            "REVIEWED, UNREVIEW, SAVED" })
    void allowedActionLeadsToNextStatus(DocumentStatus status, DocumentAction action, DocumentStatus next) {
        assertEquals(next, status.after(action, "IN-1"));
    }

    @Test
    void disallowedActionIsAConflictNamingDocumentStatusAndAction() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> DocumentStatus.REVIEWED.after(DocumentAction.DELETE, "IN-ZBET-0007"));

        assertEquals(BusinessException.Kind.CONFLICT, e.getKind());
        assertEquals(1, e.getProblems().size());
        Problem problem = e.getProblems().get(0);
        assertEquals("document.action.notAllowed", problem.getMessageKey());
        assertArrayEquals(new Object[] { "IN-ZBET-0007", new MessageKey("DocumentStatus.REVIEWED"),
                new MessageKey("DocumentAction.DELETE") }, problem.getArguments());
    }

    @Test
    void deletedAllowsNothing() {
        for (DocumentAction action : DocumentAction.values()) {
            assertThrows(BusinessException.class, () -> DocumentStatus.DELETED.after(action, "IN-1"), action.name());
        }
    }
}
