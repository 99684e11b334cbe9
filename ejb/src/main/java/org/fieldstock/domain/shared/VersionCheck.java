package org.fieldstock.domain.shared;

/**
 * Optimistic concurrency at the door: a change names the version the user read, and is refused
 * when someone else changed the thing since (the row is locked by then, so the answer holds).
 */
public final class VersionCheck {

    private VersionCheck() {
    }

    /** Throws a conflict with the key and arguments when a version was named and it is not the current one. */
    public static void require(Integer expected, int current, String changedMeanwhileKey, Object... arguments) {
        if (expected != null && expected != current) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, changedMeanwhileKey, arguments);
        }
    }
}
