package org.fieldstock.interfaces.shared.rest;

import java.math.BigDecimal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B of every answer of the API: JSON-B's defaults, except that quantities, balances and
 * amounts are plain decimals ({@code 10}, {@code 1.5}), whatever scale a {@link BigDecimal} carries,
 * so that no client has to read {@code 1E+1}.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonSettings implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withSerializers(new PlainDecimals()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Writes each decimal as a plain JSON number. */
    static final class PlainDecimals implements JsonbSerializer<BigDecimal> {

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.write(new PlainDecimal(value));
        }
    }
}
