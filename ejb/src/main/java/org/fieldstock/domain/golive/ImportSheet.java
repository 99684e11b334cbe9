package org.fieldstock.domain.golive;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of the go-live workbook, in the order they are written: what a later sheet names
 * (a site's BU, an opening balance's store and item) may come from an earlier one of the same file.
 */
public enum ImportSheet {
    ORG_UNITS("org-units", List.of(
            ImportColumn.required("kind", null),
            ImportColumn.required("code", "cDepCode"),
            ImportColumn.required("name_zh", "cDepName"),
            ImportColumn.required("name_en", null),
            ImportColumn.optional("parent_code", null),
            ImportColumn.optional("province", null))),
    STORES("stores", List.of(
            ImportColumn.required("code", "cWhCode"),
            ImportColumn.required("name_zh", "cWhName"),
            ImportColumn.required("name_en", null),
            ImportColumn.optional("active", null))),
    ITEMS("items", List.of(
            ImportColumn.required("code", "cInvCode"),
            ImportColumn.required("name_zh", "cInvName"),
            ImportColumn.required("name_en", null),
            ImportColumn.optional("spec", "cInvStd"),
            ImportColumn.required("unit_zh", "cComUnitName"),
            ImportColumn.required("unit_en", null),
            ImportColumn.required("category", null),
            ImportColumn.required("repair_class", null),
            ImportColumn.optional("unit_price_cny", "iInvRCost"),
            ImportColumn.optional("shelf_life_months", "iMassDate"),
            ImportColumn.optional("packed_volume_m3", "iVolume"),
            ImportColumn.optional("turbine_models", null),
            ImportColumn.optional("serial_tracked", "bSerial"))),
    SUPPLIERS("suppliers", List.of(
            ImportColumn.required("code", "cVenCode"),
            ImportColumn.required("name_zh", "cVenName"),
            ImportColumn.required("name_en", null))),
    TURBINES("turbines", List.of(
            ImportColumn.required("site_code", "cDepCode"),
            ImportColumn.required("turbine_no", null),
            ImportColumn.required("model", null))),
    USERS("users", List.of(
            ImportColumn.required("username", null),
            ImportColumn.required("display_name", null),
            ImportColumn.required("org_unit", "cDepCode"),
            ImportColumn.required("roles", null))),
    OPENING_BALANCES("opening-balances", List.of(
            ImportColumn.required("store_code", "cWhCode"),
            ImportColumn.required("item_code", "cInvCode"),
            ImportColumn.required("quantity", "iQuantity"),
            ImportColumn.optional("batch_no", "cBatch"),
            ImportColumn.optional("expiry_date", "dVDate"),
            ImportColumn.optional("serials", "cInvSN")));

    private final String fileName;
    private final List<ImportColumn> columns;

    ImportSheet(String fileName, List<ImportColumn> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /** The sheet's name in a CSV file's name and in the REST API: {@code org-units}, {@code opening-balances}. */
    public String fileName() {
        return fileName;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public Optional<ImportColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The sheet a name means: its file name or its constant, in any case. */
    public static Optional<ImportSheet> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String cleaned = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.fileName.equals(cleaned)).findFirst();
    }
}
