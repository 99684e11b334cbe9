package org.fieldstock.interfaces.operations;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** The HTTP sessions open on this server, as the gauge {@code fieldstock_sessions_open} (none where the runtime has no metrics). */
@WebListener
public class OpenSessions implements HttpSessionListener, ServletContextListener {

    static final Metadata GAUGE = Metadata.builder().withName("fieldstock.sessions.open")
            .withDescription("HTTP sessions open on this server (signed in, or on the login page)").build();

    private final AtomicInteger open = new AtomicInteger();

    @Inject
    private Instance<MetricRegistry> registries;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (registries.isResolvable()) {
            registries.get().gauge(GAUGE, open, AtomicInteger::get);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }
}
