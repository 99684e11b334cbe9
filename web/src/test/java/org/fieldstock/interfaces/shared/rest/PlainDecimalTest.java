package org.fieldstock.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.junit.jupiter.api.Test;

class PlainDecimalTest {

    private static String written(String... values) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Json.createGenerator(text)) {
            generator.writeStartArray();
            for (String value : values) {
                generator.write(new PlainDecimal(new BigDecimal(value).stripTrailingZeros()));
            }
            generator.writeEnd();
        }
        return text.toString();
    }

    @Test
    void decimalsOfAnyScaleAreWrittenInFull() {
        assertEquals("1E+1", new BigDecimal("10").stripTrailingZeros().toString(), "what JSON-P would write");
        assertEquals("[10,1.5,1200,0.0000001,-3,0]", written("10", "1.50", "1200.000", "0.00000010", "-3.0", "0.000"));
    }

    @Test
    void itIsStillTheNumberItWas() {
        PlainDecimal ten = new PlainDecimal(new BigDecimal("1E+1"));
        assertTrue(ten.isIntegral());
        assertEquals(10, ten.intValueExact());
        assertEquals(Json.createValue(new BigDecimal("1E+1")), ten);
        assertFalse(new PlainDecimal(new BigDecimal("1.5")).isIntegral());
    }
}
