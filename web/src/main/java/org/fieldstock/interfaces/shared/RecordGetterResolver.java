package org.fieldstock.interfaces.shared;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.el.BeanELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

/**
 * Jakarta EL 6 (Jakarta EE 11) reads a record's components and nothing else, where EL 5 read only
 * JavaBean getters; the pages read both: components ({@code #{row.item}}) and getters that records
 * add for them ({@code isClosed()} as {@code #{state.closed}}, {@code getKilobytes()}). This resolver,
 * ahead of the standard ones (faces-config.xml), answers a record's properties that are not
 * components from its getters, read-only; components it leaves to EL's own record resolver.
 */
public class RecordGetterResolver extends ELResolver {

    private static final ClassValue<Set<String>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? Set.of()
                    : Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
        }
    };

    private final BeanELResolver getters = new BeanELResolver(true);

    /** A record and the name of something it has that is not one of its components. */
    private static boolean isGetterOfRecord(Object base, Object property) {
        return base instanceof Record && property instanceof String name
                && !COMPONENTS.get(base.getClass()).contains(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return isGetterOfRecord(base, property) ? getters.getValue(context, base, property) : null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (!isGetterOfRecord(base, property)) {
            return null;
        }
        getters.getType(context, base, property);
        // read-only: the type of what may be set is none
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (isGetterOfRecord(base, property)) {
            throw new PropertyNotWritableException("a record's " + property + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (isGetterOfRecord(base, property)) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }
}
