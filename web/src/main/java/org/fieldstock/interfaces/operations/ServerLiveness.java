package org.fieldstock.interfaces.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the server answers and its heap is not exhausted: a server whose heap stays full
 * after collections only fails requests and should be restarted. The database plays no part here
 * (a database outage is readiness, not a reason to restart every server).
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    static final String NAME = "server";

    /** Heap still in use after the last collection, as a share of the most it may grow to. */
    static final double HEAP_EXHAUSTED = 0.98;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double used = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
        return HealthCheckResponse.named(NAME)
                .status(used < HEAP_EXHAUSTED)
                .withData("heapUsedPercent", Math.round(used * 100))
                .build();
    }
}
