package org.fieldstock.domain.shared;

import java.io.Serializable;
import java.util.Objects;

/** A message argument that is itself translated (a status or category name), not shown as is. */
public record MessageKey(String key) implements Serializable {

    public MessageKey {
        Objects.requireNonNull(key);
    }

    public static MessageKey of(Enum<?> value) {
        return new MessageKey(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
