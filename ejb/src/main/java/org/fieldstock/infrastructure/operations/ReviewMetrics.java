package org.fieldstock.infrastructure.operations;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.fieldstock.domain.shared.BusinessException;

/**
 * Times every review and counts the refused ones by the kind of refusal. Inside the EJB's
 * transaction, so the time is the service's work without the commit; a refusal is a business
 * exception (its role check comes earlier and is not counted here).
 */
@ReviewMetered("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReviewMetrics {

    @Inject
    private OperationsMetrics metrics;

    @AroundInvoke
    Object measure(InvocationContext invocation) throws Exception {
        String kind = invocation.getMethod().getAnnotation(ReviewMetered.class).value();
        long start = System.nanoTime();
        try {
            Object result = invocation.proceed();
            metrics.reviewed(kind, System.nanoTime() - start, null);
            return result;
        } catch (BusinessException refused) {
            metrics.reviewed(kind, System.nanoTime() - start, refused.getKind());
            throw refused;
        }
    }
}
