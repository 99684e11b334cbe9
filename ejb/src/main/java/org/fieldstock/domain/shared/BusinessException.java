package org.fieldstock.domain.shared;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * An expected business failure. It rolls the transaction back and names the problem by
 * message key and arguments, so that screens and the API can say it in the user's language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final Kind kind;
    private final List<Problem> problems;

    /** What sort of failure it is; the API maps it to an HTTP status. */
    public enum Kind {
        /** The input breaks a rule. */
        INVALID,
        /** Something named does not exist. */
        NOT_FOUND,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The current state does not allow it (status, stock, a concurrent change). */
        CONFLICT
    }

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        this(kind, List.of(new Problem(messageKey, arguments)));
    }

    public BusinessException(Kind kind, List<Problem> problems) {
        super(problems.isEmpty() ? "business rule violated" : problems.get(0).toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a business exception needs at least one problem");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind getKind() {
        return kind;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
