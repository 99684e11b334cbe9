package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;

import org.junit.jupiter.api.Test;

/** A record's getters are read as properties; its components, and everything that is no record, are left alone. */
public class RecordGetterResolverTest {

    /** Public, as the pages' records are: EL calls only public methods of public classes. */
    public record Upload(String fileName, byte[] content) {

        public long getKilobytes() {
            return (content.length + 1023) / 1024;
        }

        public boolean isEmpty() {
            return content.length == 0;
        }
    }

    private final RecordGetterResolver resolver = new RecordGetterResolver();
    private final Upload upload = new Upload("photo.png", new byte[1500]);

    @Test
    void gettersThatAreNoComponentsAreReadOnlyProperties() {
        ELContext context = context();
        assertEquals(2L, resolver.getValue(context, upload, "kilobytes"));
        assertTrue(context.isPropertyResolved());

        context = context();
        assertEquals(false, resolver.getValue(context, upload, "empty"));
        assertTrue(context.isPropertyResolved());

        context = context();
        assertTrue(resolver.isReadOnly(context, upload, "kilobytes"));
        assertTrue(context.isPropertyResolved());
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), upload, "kilobytes", 3L));
        assertThrows(PropertyNotFoundException.class, () -> resolver.getValue(context(), upload, "megabytes"));
    }

    @Test
    void componentsAndOtherObjectsAreLeftToTheStandardResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, upload, "fileName"));
        assertFalse(context.isPropertyResolved(), "a component is EL's own record resolver's");

        context = context();
        assertNull(resolver.getValue(context, new StringBuilder("x"), "length"));
        assertFalse(context.isPropertyResolved(), "not a record");

        context = context();
        assertFalse(resolver.isReadOnly(context, upload, "fileName"));
        assertFalse(context.isPropertyResolved());
    }

    private ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return resolver;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
