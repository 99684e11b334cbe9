package org.fieldstock.domain.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/** One problem: a resource-bundle key and the arguments of its message. */
public final class Problem implements Serializable {

    private final String messageKey;
    private final Object[] arguments;

    public Problem(String messageKey, Object... arguments) {
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem p && messageKey.equals(p.messageKey) && Arrays.equals(arguments, p.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * messageKey.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(arguments);
    }
}
