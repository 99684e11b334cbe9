package org.fieldstock.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    /** An endless body that counts what was taken from it. */
    private static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            taken += len;
            return len;
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[100];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 100)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreEndsTheBodyReadingNoFurther() {
        Endless body = new Endless();
        InputStream in = new LimitedInputStream(body, 1000);
        RequestTooLargeException refused = assertThrows(RequestTooLargeException.class, in::readAllBytes);
        assertEquals(1000, refused.getLimit());
        assertEquals(1001, body.taken, "at most one byte beyond the limit is taken from the connection");
        assertThrows(RequestTooLargeException.class, in::read, "and it stays refused");
        assertEquals(1001, body.taken);
    }

    @Test
    void byteByByteTheSame() throws IOException {
        Endless body = new Endless();
        InputStream in = new LimitedInputStream(body, 3);
        assertEquals('x', in.read());
        assertEquals('x', in.read());
        assertEquals('x', in.read());
        assertThrows(RequestTooLargeException.class, in::read);
        assertEquals(4, body.taken);
    }
}
