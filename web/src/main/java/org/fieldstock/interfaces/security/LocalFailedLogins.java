package org.fieldstock.interfaces.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** This server's memory: for a server without Payara's data grid (GlassFish), where there is no cluster to share with. */
final class LocalFailedLogins implements FailedLogins {

    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String name) {
        return values.get(name);
    }

    @Override
    public boolean putIfAbsent(String name, String value) {
        return values.putIfAbsent(name, value) == null;
    }

    @Override
    public boolean replace(String name, String expected, String value) {
        return values.replace(name, expected, value);
    }

    @Override
    public void remove(String name) {
        values.remove(name);
    }
}
