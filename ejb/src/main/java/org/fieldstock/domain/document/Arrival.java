package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What arrived differently on one line of a transfer-in document: units damaged on arrival and
 * units missing, with their serials for a serial-tracked item. The rest of the line arrived in
 * good order.
 */
public record Arrival(int lineNo, BigDecimal damaged, BigDecimal missing, List<String> damagedSerials,
        List<String> missingSerials) {

    public Arrival {
        damaged = damaged == null ? BigDecimal.ZERO : damaged;
        missing = missing == null ? BigDecimal.ZERO : missing;
        damagedSerials = clean(damagedSerials);
        missingSerials = clean(missingSerials);
    }

    public Arrival(int lineNo, BigDecimal damaged, BigDecimal missing) {
        this(lineNo, damaged, missing, List.of(), List.of());
    }

    private static List<String> clean(List<String> serials) {
        return serials == null ? List.of()
                : serials.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
