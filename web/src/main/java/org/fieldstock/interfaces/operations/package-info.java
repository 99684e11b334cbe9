/**
 * For operators and load balancers, without a login: MicroProfile Health checks ({@code /health},
 * {@code /health/live}, {@code /health/ready}) and the open-sessions gauge among the metrics
 * ({@code /metrics}); the figures of postings and reviews are kept by the services
 * ({@code org.fieldstock.infrastructure.operations}).
 */
package org.fieldstock.interfaces.operations;
