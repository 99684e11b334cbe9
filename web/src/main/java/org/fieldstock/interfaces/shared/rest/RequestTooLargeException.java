package org.fieldstock.interfaces.shared.rest;

/** A request body beyond what the call accepts ({@link MaxBodySize}): 413, and nothing more of it is read. */
public class RequestTooLargeException extends RuntimeException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The most the call accepts, in bytes. */
    long getLimit() {
        return limit;
    }
}
