package org.fieldstock.infrastructure.operations;

import java.time.Duration;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.stock.LedgerMovement;

/**
 * The application's figures in the runtime's MicroProfile Metrics registry ({@code /metrics}):
 * <ul>
 * <li>{@code fieldstock_postings_total{kind}}: documents posted to the stock ledger, counted when
 * their transaction commits ({@code posting} or {@code reversal});</li>
 * <li>{@code fieldstock_review_seconds{kind,outcome}}: how long reviews take, reviewed or refused;</li>
 * <li>{@code fieldstock_reviews_refused_total{kind,reason}}: reviews refused, by the kind of refusal.</li>
 * </ul>
 * A server without MicroProfile Metrics records nothing.
 */
@ApplicationScoped
public class OperationsMetrics {

    static final Metadata POSTINGS = Metadata.builder().withName("fieldstock.postings")
            .withDescription("Documents posted to the stock ledger (committed), by kind: posting or reversal").build();
    static final Metadata REVIEW_TIME = Metadata.builder().withName("fieldstock.review")
            .withDescription("Time the review service takes, without the commit, by what was reviewed and outcome")
            .withUnit(MetricUnits.SECONDS).build();
    static final Metadata REVIEWS_REFUSED = Metadata.builder().withName("fieldstock.reviews.refused")
            .withDescription("Reviews refused by a business rule, by what was reviewed and the kind of refusal").build();

    @Inject
    private Instance<MetricRegistry> registries;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A document's movements were written in the current transaction: count it once that commits. */
    public void posted(LedgerMovement kind) {
        MetricRegistry registry = registry();
        if (registry == null) {
            return;
        }
        Tag tag = new Tag("kind", kind.name().toLowerCase(Locale.ROOT));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted only after the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    registry.counter(POSTINGS, tag).inc();
                }
            }
        });
    }

    /** A review call ended: reviewed when {@code refusal} is null, else refused for that reason. */
    void reviewed(String kind, long nanos, BusinessException.Kind refusal) {
        MetricRegistry registry = registry();
        if (registry == null) {
            return;
        }
        Tag kindTag = new Tag("kind", kind);
        registry.timer(REVIEW_TIME, kindTag, new Tag("outcome", refusal == null ? "reviewed" : "refused"))
                .update(Duration.ofNanos(nanos));
        if (refusal != null) {
            registry.counter(REVIEWS_REFUSED, kindTag, new Tag("reason", refusal.name().toLowerCase(Locale.ROOT)))
                    .inc();
        }
    }

    private MetricRegistry registry() {
        return registries.isResolvable() ? registries.get() : null;
    }
}
