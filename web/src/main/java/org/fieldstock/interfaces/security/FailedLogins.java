package org.fieldstock.interfaces.security;

/**
 * Where the login throttle keeps its counts, by user name: each value says when the window began,
 * how many failures it holds and until when the name is locked, as text (a JDK type, so any node of
 * a cluster reads it without the application's classes). Entries may be forgotten after
 * {@link LoginThrottle#KEPT}.
 */
interface FailedLogins {

    /** The value for the name, or null. */
    String get(String name);

    /** Puts the value if the name has none; true if it did. */
    boolean putIfAbsent(String name, String value);

    /** Replaces the value if it is still {@code expected}; true if it did. */
    boolean replace(String name, String expected, String value);

    void remove(String name);
}
