package org.fieldstock.domain.golive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the cells of one row as values, noting against the row and column every cell that is
 * missing or does not read as what its column holds.
 */
public final class RowReader {

    private static final Map<String, Boolean> FLAGS = Map.ofEntries(Map.entry("Y", true), Map.entry("YES", true),
            Map.entry("TRUE", true), Map.entry("1", true), Map.entry("是", true), Map.entry("N", false),
            Map.entry("NO", false), Map.entry("FALSE", false), Map.entry("0", false), Map.entry("否", false));

    private final ImportRow row;
    private final List<RowProblem> problems;

    public RowReader(ImportRow row, List<RowProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public ImportRow row() {
        return row;
    }

    /** Notes a problem of this row and column. */
    public void problem(String column, String messageKey, Object... arguments) {
        problems.add(RowProblem.of(row, column, messageKey, arguments));
    }

    /** The cell's text; a required column's empty cell is noted. */
    public String text(String column) {
        String value = row.get(column);
        if (value == null && row.sheet().column(column).map(ImportColumn::required).orElse(false)) {
            problem(column, "import.cell.required");
        }
        return value;
    }

    /** The text upper-cased, as codes are kept. */
    public String code(String column) {
        String value = text(column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A plain decimal number ("1.5", no grouping); null when empty or unreadable (noted). */
    public BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).stripTrailingZeros();
        } catch (NumberFormatException e) {
            problem(column, "import.cell.notANumber", value);
            return null;
        }
    }

    /** A whole number; null when empty or unreadable (noted). */
    public Integer whole(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problem(column, "import.cell.notWhole", value.toPlainString());
            return null;
        }
    }

    /** Y/N (also yes/no, true/false, 1/0, 是/否); an empty cell is no. */
    public boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        Boolean flag = FLAGS.get(value.toUpperCase(Locale.ROOT));
        if (flag == null) {
            problem(column, "import.cell.notAFlag", value);
            return false;
        }
        return flag;
    }

    /** A yyyy-MM-dd date; null when empty or unreadable (noted). */
    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "import.cell.notADate", value);
            return null;
        }
    }

    /** A constant of the enum by its name, in any case; null when empty or unknown (noted, with the names allowed). */
    public <E extends Enum<E>> E constant(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            problem(column, "import.cell.notOneOf", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
        return found.orElse(null);
    }

    /** A list the cell separates by commas (or Chinese commas, semicolons), each entry stripped, none empty. */
    public List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
