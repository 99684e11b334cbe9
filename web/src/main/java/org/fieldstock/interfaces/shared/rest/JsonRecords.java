package org.fieldstock.interfaces.shared.rest;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.fieldstock.domain.shared.Problem;

/**
 * Turns a request's JSON into the record its resource method takes, naming the field of every value
 * that does not fit ({@code lines[0].quantity: not a number}), in the client's language and the
 * same whatever JSON-B's messages of the day say. Fields follow the record's components by name;
 * fields the record does not have are ignored, missing ones are null (zero or false for a
 * primitive). As lenient as JSON-B where nothing is lost: a number or true/false where text belongs
 * is taken as its text, a number or true/false written as text as that number or truth value.
 * <p>
 * Components may be text, decimals, whole numbers, true/false, days (yyyy-MM-dd), instants
 * (ISO-8601), lists of those and records of those.
 */
public final class JsonRecords {

    /** Digits before or after the point beyond which a number is no quantity, amount or count anyone means. */
    static final int MAX_DIGITS = 30;

    private static final List<Class<?>> SCALARS = List.of(String.class, BigDecimal.class, Integer.class, int.class,
            Long.class, long.class, Boolean.class, boolean.class, LocalDate.class, Instant.class);

    private JsonRecords() {
    }

    /** The record of the body; a body that is null, or is no JSON object, is refused. */
    public static <T extends Record> T read(JsonValue body, Class<T> type) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            throw new MalformedRequestException("request.body.required");
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedRequestException("request.body.notAnObject");
        }
        List<Problem> problems = new ArrayList<>();
        T value = record(body.asJsonObject(), type, "", problems);
        if (!problems.isEmpty()) {
            throw new MalformedRequestException(problems);
        }
        return value;
    }

    /** Whether records of this type can be read: every component of a kind listed above. */
    public static boolean supports(Class<?> type) {
        return type.isRecord() && List.of(type.getRecordComponents()).stream()
                .allMatch(c -> supports(c.getGenericType()));
    }

    private static boolean supports(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return supports(list.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c && (SCALARS.contains(c) || c.isRecord() && supports(c));
    }

    private static <T extends Record> T record(JsonObject json, Class<T> type, String path, List<Problem> problems) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = value(json.get(component.getName()), component.getGenericType(),
                    path + component.getName(), problems);
            if (values[i] == null && types[i].isPrimitive()) {
                values[i] = primitiveDefault(types[i]);
            }
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    private static Object value(JsonValue json, Type type, String path, List<Problem> problems) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return list(json, list.getActualTypeArguments()[0], path, problems);
        }
        Class<?> kind = (Class<?>) type;
        if (kind.isRecord()) {
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                return refused(problems, "request.json.notAnObject", path);
            }
            return record(json.asJsonObject(), kind.asSubclass(Record.class), path + ".", problems);
        }
        if (kind == String.class) {
            return text(json, path, problems);
        }
        if (kind == BigDecimal.class) {
            return decimal(json, path, problems, "request.json.notANumber");
        }
        if (kind == Integer.class || kind == int.class || kind == Long.class || kind == long.class) {
            BigDecimal number = decimal(json, path, problems, "request.json.notAWholeNumber");
            if (number == null) {
                return null;
            }
            try {
                return kind == Long.class || kind == long.class ? (Object) number.longValueExact()
                        : (Object) number.intValueExact();
            } catch (ArithmeticException notWhole) {
                return refused(problems, "request.json.notAWholeNumber", path);
            }
        }
        if (kind == Boolean.class || kind == boolean.class) {
            return truth(json, path, problems);
        }
        if (kind == LocalDate.class) {
            String text = json instanceof JsonString s ? s.getString().strip() : null;
            try {
                return text == null ? refused(problems, "request.json.notADate", path) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return refused(problems, "request.json.notADate", path);
            }
        }
        if (kind == Instant.class) {
            String text = json instanceof JsonString s ? s.getString().strip() : null;
            try {
                return text == null ? refused(problems, "request.json.notATime", path) : Instant.parse(text);
            } catch (DateTimeParseException e) {
                return refused(problems, "request.json.notATime", path);
            }
        }
        throw new IllegalStateException("a request field of a kind the API does not read: " + type + " at " + path);
    }

    private static List<Object> list(JsonValue json, Type element, String path, List<Problem> problems) {
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            refused(problems, "request.json.notAList", path);
            return null;
        }
        JsonArray array = json.asJsonArray();
        // null entries stay (the services name them), so not List.of
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(value(array.get(i), element, path + "[" + i + "]", problems));
        }
        return Collections.unmodifiableList(values);
    }

    private static String text(JsonValue json, String path, List<Problem> problems) {
        return switch (json.getValueType()) {
            case STRING -> ((JsonString) json).getString();
            case NUMBER -> ((JsonNumber) json).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> (String) refused(problems, "request.json.notText", path);
        };
    }

    private static BigDecimal decimal(JsonValue json, String path, List<Problem> problems, String notANumber) {
        BigDecimal number;
        if (json instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (json instanceof JsonString s && !s.getString().isBlank()) {
            try {
                number = new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return (BigDecimal) refused(problems, notANumber, path);
            }
        } else {
            return (BigDecimal) refused(problems, notANumber, path);
        }
        if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            return (BigDecimal) refused(problems, "request.json.numberOutOfRange", path);
        }
        return number;
    }

    private static Boolean truth(JsonValue json, String path, List<Problem> problems) {
        if (json.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (json.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        if (json instanceof JsonString s) {
            switch (s.getString().strip().toLowerCase(Locale.ROOT)) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                default:
                    break;
            }
        }
        return (Boolean) refused(problems, "request.json.notTrueOrFalse", path);
    }

    private static Object refused(List<Problem> problems, String key, String path) {
        problems.add(new Problem(key, path));
        return null;
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        return type == long.class ? (Object) 0L : (Object) 0;
    }
}
