package org.fieldstock.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BusinessExceptionTest {

    @Test
    void carriesKindAndOneProblemFromKeyAndArguments() {
        BusinessException e = new BusinessException(BusinessException.Kind.NOT_FOUND, "item.notFound", "X-1");

        assertEquals(BusinessException.Kind.NOT_FOUND, e.getKind());
        assertEquals(List.of(new Problem("item.notFound", "X-1")), e.getProblems());
    }

    @Test
    void needsAtLeastOneProblem() {
        assertThrows(IllegalArgumentException.class,
                () -> new BusinessException(BusinessException.Kind.INVALID, List.of()));
    }

    @Test
    void problemsAreACopy() {
        List<Problem> problems = new ArrayList<>(List.of(new Problem("a")));
        BusinessException e = new BusinessException(BusinessException.Kind.INVALID, problems);

        problems.add(new Problem("b"));

        assertEquals(1, e.getProblems().size());
        assertThrows(UnsupportedOperationException.class, () -> e.getProblems().add(new Problem("c")));
    }

    @Test
    void problemsAreEqualByKeyAndArguments() {
        assertEquals(new Problem("k", 1, "a"), new Problem("k", 1, "a"));
        assertEquals(new Problem("k", 1, "a").hashCode(), new Problem("k", 1, "a").hashCode());
        assertNotEquals(new Problem("k", 1, "a"), new Problem("k", 2, "a"));
        assertNotEquals(new Problem("k", 1), new Problem("j", 1));
    }

    @Test
    void problemArgumentsCannotBeChangedFromOutside() {
        Object[] arguments = { "a" };
        Problem problem = new Problem("k", arguments);

        arguments[0] = "changed";
        problem.getArguments()[0] = "changed too";

        assertArrayEquals(new Object[] { "a" }, problem.getArguments());
    }

    @Test
    void enumMessageKeyIsClassAndConstantName() {
        assertEquals("Kind.CONFLICT", MessageKey.of(BusinessException.Kind.CONFLICT).key());
    }
}
