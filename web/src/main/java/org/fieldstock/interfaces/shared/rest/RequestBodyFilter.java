package org.fieldstock.interfaces.shared.rest;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request body of the API before it is read: larger than the call accepts (1 MiB of JSON
 * unless the method says {@link MaxBodySize more}) is a 413, at once when the Content-Length says
 * so, and as soon as a chunked body grows beyond it otherwise, reading no further; a call that
 * takes a JSON body and gets none is a 400 (the same as a body of {@code null}).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyFilter implements ContainerRequestFilter {

    /** What a JSON body may weigh: far more than a document of 1,000 lines. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;

    private static final Map<Method, Body> BODIES = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    /** What a resource method takes: whether a JSON record, and how many bytes at most. */
    record Body(boolean json, long limit) {

        static Body of(Method method) {
            MaxBodySize max = method.getAnnotation(MaxBodySize.class);
            boolean json = Arrays.stream(method.getParameters()).filter(Body::isEntity)
                    .anyMatch(p -> JsonBodyReader.isRequestRecord(p.getType()));
            return new Body(json, max == null ? DEFAULT_LIMIT : max.value());
        }

        /** The entity parameter is the one JAX-RS fills from the body: no path, query, header or context annotation. */
        private static boolean isEntity(Parameter parameter) {
            return Arrays.stream(parameter.getAnnotations())
                    .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Body body = BODIES.computeIfAbsent(method, Body::of);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > body.limit()) {
            throw new RequestTooLargeException(body.limit());
        }
        if (body.json() && !request.hasEntity()) {
            throw new MalformedRequestException("request.body.required");
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), body.limit()));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // the container refuses a malformed length itself; nothing to compare
            return -1;
        }
    }
}
