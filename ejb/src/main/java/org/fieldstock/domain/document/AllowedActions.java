package org.fieldstock.domain.document;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fieldstock.domain.shared.Refusal;

/**
 * What a caller may do to a document now, and for each action refused, why: the answer of the
 * {@link Lifecycle} rules that screens bind their buttons to and services enforce.
 */
public final class AllowedActions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumSet<DocumentAction> allowed;
    private final EnumMap<DocumentAction, Refusal> refused;

    public AllowedActions(Set<DocumentAction> allowed, Map<DocumentAction, Refusal> refused) {
        this.allowed = allowed.isEmpty() ? EnumSet.noneOf(DocumentAction.class) : EnumSet.copyOf(allowed);
        this.refused = refused.isEmpty() ? new EnumMap<>(DocumentAction.class) : new EnumMap<>(refused);
    }

    /** Nothing allowed: for a document not yet saved or not to be touched at all. */
    public static AllowedActions none() {
        return new AllowedActions(Set.of(), Map.of());
    }

    public boolean allows(DocumentAction action) {
        return allowed.contains(action);
    }

    /** Why the action is refused; empty when it is allowed (or was not asked about). */
    public Optional<Refusal> whyNot(DocumentAction action) {
        return Optional.ofNullable(refused.get(action));
    }

    public Set<DocumentAction> allowed() {
        return EnumSet.copyOf(allowed);
    }

    @Override
    public String toString() {
        return "allowed " + allowed + ", refused " + refused.keySet();
    }
}
