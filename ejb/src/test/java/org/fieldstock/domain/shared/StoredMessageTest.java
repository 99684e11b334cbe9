package org.fieldstock.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A message kept in a text column as key and arguments, and told apart from text of any other shape. */
class StoredMessageTest {

    @Test
    void aMessageIsStoredAsItsKeyAndArgumentsAndReadBack() {
        StoredMessage message = StoredMessage.of("audit.detail.dailyReport.submitted", 3);
        assertEquals("{audit.detail.dailyReport.submitted}\t3", message.encoded());
        assertEquals(Optional.of(message), StoredMessage.decode(message.encoded()));

        StoredMessage none = StoredMessage.of("stocktake.failure.unexpected");
        assertEquals("{stocktake.failure.unexpected}", none.encoded());
        assertEquals(Optional.of(none), StoredMessage.decode(none.encoded()));
    }

    @Test
    void argumentsKeepTheirTextEmptyOnesIncludedButNoTab() {
        StoredMessage message = StoredMessage.of("a.key", new BigDecimal("2.50"), null, "x\ty", "1) A; 2) B\nC");
        assertEquals(List.of("2.5", "", "x y", "1) A; 2) B\nC"), message.arguments());
        assertEquals(Optional.of(message), StoredMessage.decode(message.encoded()));
    }

    @Test
    void textOfAnyOtherShapeIsNoStoredMessage() {
        for (String text : List.of("3 lines", "was: 1) ZBET-G SP-GBX-0007 -1 SELF_USE", "wrongPassword",
                "Connection refused", "{not a key}", "{nodots}\t1", "x {a.b}", "")) {
            assertEquals(Optional.empty(), StoredMessage.decode(text), text);
        }
        assertEquals(Optional.empty(), StoredMessage.decode(null));
    }
}
