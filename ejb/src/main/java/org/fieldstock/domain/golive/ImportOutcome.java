package org.fieldstock.domain.golive;

/** What the rows of a run do: create a record, change one (names, details), or find it as it already is. */
public record ImportOutcome(int created, int changed, int unchanged) {

    public static final ImportOutcome NONE = new ImportOutcome(0, 0, 0);

    public ImportOutcome plus(RowEffect effect) {
        return switch (effect) {
            case CREATE -> new ImportOutcome(created + 1, changed, unchanged);
            case CHANGE -> new ImportOutcome(created, changed + 1, unchanged);
            case NONE -> new ImportOutcome(created, changed, unchanged + 1);
        };
    }

    /** What one row does to what is there. */
    public enum RowEffect {
        CREATE, CHANGE, NONE
    }
}
