package org.fieldstock.interfaces.operations;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fieldstock.infrastructure.startup.DemoDataLoader;

/** Says what the start did about demo data: loaded, not wanted, or left alone in a database that had data. */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

    static final String NAME = "demo-data";

    @Inject
    private DemoDataLoader loader;

    @Override
    public HealthCheckResponse call() {
        DemoDataLoader.Outcome outcome = loader.outcome();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (outcome == null) {
            return response.down().withData("outcome", "loading").build();
        }
        return response.up().withData("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')).build();
    }
}
