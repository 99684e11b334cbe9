package org.fieldstock.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;



import org.fieldstock.domain.shared.Problem;
import org.fieldstock.interfaces.document.rest.DocumentRequest;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.transfer.rest.ArrivalRequest;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

    private static <T extends Record> T read(String json, Class<T> type) {
        return JsonRecords.read(JsonBodyReader.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
                type);
    }

    private static List<String> refused(String json, Class<? extends Record> type) {
        MalformedRequestException refused = assertThrows(MalformedRequestException.class, () -> read(json, type));
        return refused.getProblems().stream()
                .map(p -> MessageBundle.text(Locale.ENGLISH, p) + " [" + p.getMessageKey() + "]").toList();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        assertEquals(List.of("lines[0].quantity: not a number [request.json.notANumber]"),
                refused("{\"lines\":[{\"quantity\":\"abc\"}]}", DocumentRequest.class));
        assertEquals(List.of("date: not a date (yyyy-mm-dd) [request.json.notADate]"),
                refused("{\"date\":\"2026-13-01\"}", DocumentRequest.class));
        assertEquals(List.of("version: not a whole number [request.json.notAWholeNumber]"),
                refused("{\"version\":\"three\"}", DocumentRequest.class));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertEquals(List.of("date: not a date (yyyy-mm-dd) [request.json.notADate]",
                "lines[1].quantity: not a number [request.json.notANumber]",
                "lines[1].expiry: not a date (yyyy-mm-dd) [request.json.notADate]",
                "lines[2]: not an object [request.json.notAnObject]",
                "version: not a whole number [request.json.notAWholeNumber]"),
                refused("{\"date\":20261101,\"lines\":[{\"quantity\":1},{\"quantity\":true,\"expiry\":\"soon\"},7],"
                        + "\"version\":1.5}", DocumentRequest.class));
        assertEquals(List.of("remark: not text [request.json.notText]", "lines: not a list [request.json.notAList]"),
                refused("{\"lines\":{\"quantity\":1},\"remark\":{}}", DocumentRequest.class));
        assertEquals(List.of("lines[0].serials[1]: not text [request.json.notText]"),
                refused("{\"lines\":[{\"serials\":[\"A1\",[]]}]}", DocumentRequest.class));
    }

    @Test
    void theMessagesSpeakChineseToo() {
        assertEquals("lines[0].quantity：不是数字", MessageBundle.text(Locale.SIMPLIFIED_CHINESE,
                new Problem("request.json.notANumber", "lines[0].quantity")));
        assertEquals("date：不是日期（yyyy-mm-dd）", MessageBundle.text(Locale.SIMPLIFIED_CHINESE,
                new Problem("request.json.notADate", "date")));
    }

    @Test
    void nothingAndNullAreTheSameMissingBody() {
        for (String body : List.of("", "  \r\n ", "null", " null ")) {
            assertEquals(List.of("The request needs a JSON body (an object); it was empty or null."
                    + " [request.body.required]"), refused(body, DocumentRequest.class), "«" + body + "»");
        }
        assertEquals(List.of("The request body must be a JSON object. [request.body.notAnObject]"),
                refused("[{\"category\":\"PURCHASE\"}]", DocumentRequest.class));
    }

    @Test
    void textThatIsNoJsonSaysWhere() {
        assertEquals(List.of("The request body is not valid JSON (line 2, column 12). [request.json.malformed]"),
                refused("{\"store\":\"ZBET-G\",\n\"remark\": ten}", DocumentRequest.class));
    }

    @Test
    void fieldsAreTakenAsJsonBWouldWhereNothingIsLost() {
        DocumentRequest request = read("{\"category\":\"PURCHASE\",\"store\":\"ZBET-G\",\"date\":\"2026-11-20\","
                + "\"unknown\":{\"ignored\":true},\"version\":\"3\",\"lines\":[{\"item\":\"SP-GBX-0006\","
                + "\"quantity\":\"1.50\",\"turbine\":12,\"serials\":null},null]}", DocumentRequest.class);
        assertEquals("PURCHASE", request.category());
        assertEquals(LocalDate.of(2026, 11, 20), request.date());
        assertEquals(3, request.version());
        assertNull(request.remark());
        assertEquals(new BigDecimal("1.50"), request.lines().get(0).quantity());
        assertEquals("12", request.lines().get(0).turbine(), "a number where text belongs is its text");
        assertNull(request.lines().get(0).serials());
        assertNull(request.lines().get(1), "a null line stays, for the service to name");

        ArrivalRequest arrival = read("{\"lines\":[{\"damaged\":1}]}", ArrivalRequest.class);
        assertEquals(0, arrival.lines().get(0).line(), "a primitive left out is zero");
    }

    @Test
    void numbersBeyondAnyQuantityAreRefusedBeforeAnyoneWritesThemOut() {
        assertEquals(List.of("lines[0].quantity: the number has too many digits [request.json.numberOutOfRange]"),
                refused("{\"lines\":[{\"quantity\":1E+999999}]}", DocumentRequest.class));
        assertEquals(new BigDecimal("1E+2"), read("{\"lines\":[{\"quantity\":1e2}]}", DocumentRequest.class)
                .lines().get(0).quantity());
    }

    /** Every record a resource method of the API takes as its body can be read, so no request falls back to JSON-B. */
    @Test
    void everyRequestBodyOfTheApiCanBeRead() throws IOException {
        Path classes = Path.of("target", "classes");
        List<String> bodies = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/fieldstock/interfaces"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                Class<?> resource = load(classes.relativize(file));
                if (!resource.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    continue;
                }
                for (Method method : resource.getDeclaredMethods()) {
                    if (!Modifier.isPublic(method.getModifiers())) {
                        continue;
                    }
                    RequestBodyFilter.Body body = RequestBodyFilter.Body.of(method);
                    for (Class<?> type : method.getParameterTypes()) {
                        if (type.isRecord()) {
                            bodies.add(type.getSimpleName());
                            assertTrue(body.json(), method + " takes a JSON body");
                            if (!JsonRecords.supports(type)) {
                                unreadable.add(type.getName());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(bodies.size() >= 15, "found the request bodies: " + bodies);
        assertEquals(List.of(), unreadable, "request bodies with a field of a kind JsonRecords does not read");
    }

    private static Class<?> load(Path classFile) {
        String name = classFile.toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, JsonRecordsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
