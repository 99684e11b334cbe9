package org.fieldstock.interfaces.shared.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads every JSON request body of the API (each a record) through {@link JsonRecords} instead of
 * JSON-B, so that a value that does not fit is a 400 naming its field, a body that is not JSON a
 * 400 saying where it stops being JSON, and an empty body the same 400 as {@code null}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isRequestRecord(type);
    }

    /** The API's own request records, which this reader reads. */
    static boolean isRequestRecord(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("org.fieldstock.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        return JsonRecords.read(parse(entityStream), type);
    }

    /** The body as a JSON-P value; nothing but blanks is no body (null). */
    static JsonValue parse(InputStream body) {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        try {
            int first = in.read();
            while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
                first = in.read();
            }
            if (first < 0) {
                return null;
            }
            in.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedRequestException("request.json.malformed", at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber());
        } catch (JsonException e) {
            throw new MalformedRequestException("request.body.unreadable");
        }
    }
}
