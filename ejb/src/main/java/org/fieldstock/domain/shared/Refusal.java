package org.fieldstock.domain.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Why something may not be done now: the problems a door answers with, and of what kind (the
 * caller's rights, or the state things are in). The same answer serves a screen that hides a
 * button and a service that refuses the call.
 */
public record Refusal(BusinessException.Kind kind, List<Problem> problems) implements Serializable {

    public Refusal {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        problems = List.copyOf(problems);
    }

    public static Refusal conflict(String messageKey, Object... arguments) {
        return new Refusal(BusinessException.Kind.CONFLICT, List.of(new Problem(messageKey, arguments)));
    }

    /** The refusal a throwing check answers with, if it throws: so that a rule written as a check serves both doors. */
    public static Optional<Refusal> of(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (BusinessException refused) {
            return Optional.of(new Refusal(refused.getKind(), refused.getProblems()));
        }
    }

    public Problem reason() {
        return problems.get(0);
    }

    /** The exception a service throws for it: access denied (403) for rights, else a business exception. */
    public BusinessException toException() {
        if (kind == BusinessException.Kind.FORBIDDEN) {
            return new AccessDeniedException(reason().getMessageKey(), reason().getArguments());
        }
        return new BusinessException(kind, problems);
    }
}
