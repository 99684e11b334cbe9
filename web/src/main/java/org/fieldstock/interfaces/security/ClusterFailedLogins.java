package org.fieldstock.interfaces.security;

import java.util.concurrent.TimeUnit;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A JCache cache of Payara's data grid (Hazelcast): one for every node of a cluster, this server's own
 * when it runs alone. Entries expire {@link LoginThrottle#KEPT} after their last change.
 */
final class ClusterFailedLogins implements FailedLogins {

    /** Where Payara binds the data grid's cache manager. */
    private static final String CACHE_MANAGER = "payara/CacheManager";
    private static final String CACHE = "fieldstock-failed-logins";

    private final Cache<String, String> cache;

    private ClusterFailedLogins(Cache<String, String> cache) {
        this.cache = cache;
    }

    /** The data grid's cache; throws NamingException where the server has no data grid. */
    static FailedLogins lookUp() throws NamingException {
        CacheManager manager = (CacheManager) new InitialContext().lookup(CACHE_MANAGER);
        Cache<String, String> cache = manager.getCache(CACHE, String.class, String.class);
        if (cache == null) {
            MutableConfiguration<String, String> configuration = new MutableConfiguration<String, String>()
                    .setTypes(String.class, String.class).setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                            new Duration(TimeUnit.SECONDS, LoginThrottle.KEPT.toSeconds())));
            try {
                cache = manager.createCache(CACHE, configuration);
            } catch (CacheException madeByAnotherNode) {
                cache = manager.getCache(CACHE, String.class, String.class);
            }
        }
        return new ClusterFailedLogins(cache);
    }

    @Override
    public String get(String name) {
        return cache.get(name);
    }

    @Override
    public boolean putIfAbsent(String name, String value) {
        return cache.putIfAbsent(name, value);
    }

    @Override
    public boolean replace(String name, String expected, String value) {
        return cache.replace(name, expected, value);
    }

    @Override
    public void remove(String name) {
        cache.remove(name);
    }
}
