package org.fieldstock.infrastructure.operations;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/** A review use case: its latency and its refusals are measured ({@link ReviewMetrics}). */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ReviewMetered {

    /** What is reviewed, the {@code kind} tag of the figures: {@code document} or {@code transfer}. */
    @Nonbinding
    String value();
}
