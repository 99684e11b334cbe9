package org.fieldstock.interfaces.shared.rest;

import java.util.List;

import org.fieldstock.domain.shared.Problem;

/**
 * A request the API cannot even read as meant (no body, a body that is not JSON, a value of the
 * wrong type for its field, a value not in the encoding the field requires, such as Base64): 400,
 * as opposed to a readable request that breaks a rule (422). Names every such problem at once.
 */
public class MalformedRequestException extends RuntimeException {

    private final transient List<Problem> problems;

    public MalformedRequestException(String messageKey, Object... arguments) {
        this(List.of(new Problem(messageKey, arguments)));
    }

    public MalformedRequestException(List<Problem> problems) {
        super(problems.isEmpty() ? "malformed request" : problems.get(0).toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a malformed request needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    List<Problem> getProblems() {
        return problems;
    }
}
