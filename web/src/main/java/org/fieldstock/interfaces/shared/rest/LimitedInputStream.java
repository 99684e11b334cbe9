package org.fieldstock.interfaces.shared.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that ends in {@link RequestTooLargeException} once it has given more than its
 * limit, reading at most one byte beyond it from the connection.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        refuseBeyondLimit();
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        refuseBeyondLimit();
        if (length == 0) {
            return 0;
        }
        // no further than one byte past the limit: enough to tell a body of exactly the limit from a larger one
        int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        refuseBeyondLimit();
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // not supported: a reset would count bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void counted(long n) {
        count += n;
        refuseBeyondLimit();
    }

    private void refuseBeyondLimit() {
        if (count > limit) {
            throw new RequestTooLargeException(limit);
        }
    }
}
