package org.fieldstock.application.golive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentCheck;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.golive.ImportOutcome;
import org.fieldstock.domain.golive.ImportOutcome.RowEffect;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.golive.RowProblem;
import org.fieldstock.domain.golive.RowReader;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Role;

/**
 * Checks every row of a file against the rules the services apply and against what is already
 * there, and says what each row would do (create, change, nothing); it writes nothing. A row may
 * name what an earlier sheet of the same file creates (a site's BU, an opening balance's item),
 * so the sheets are checked in their order and what they create is remembered as planned.
 */
final class ImportCheck {

    /** A row that passed, and what writing it does. */
    record Checked(ImportRow row, RowEffect effect) {
    }

    private final ImportSources sources;
    private final LocalDate goLiveDay;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<Checked> checked = new ArrayList<>();

    private final Map<String, OrgUnit> units = new HashMap<>();
    private final Set<String> plannedUnits = new HashSet<>();
    private final Map<String, Store> stores = new HashMap<>();
    private final Map<String, Optional<Item>> items = new HashMap<>();
    private final Map<String, Item> plannedItems = new HashMap<>();
    private final Map<ImportSheet, Map<String, Integer>> keys = new HashMap<>();
    private final Map<String, Map<String, Integer>> serialsSeen = new HashMap<>();
    private final Map<String, List<OpeningRow>> openings = new LinkedHashMap<>();

    private record OpeningRow(ImportRow row, NewLine line) {
    }

    ImportCheck(ImportSources sources, LocalDate goLiveDay) {
        this.sources = sources;
        this.goLiveDay = goLiveDay;
        sources.organisation().allOrgUnits().forEach(unit -> units.put(unit.getCode(), unit));
        sources.organisation().allStores().forEach(store -> stores.put(store.getCode(), store));
    }

    /** Checks the rows (in the sheets' order), telling how many are done as it goes. */
    void check(List<ImportRow> rows, IntConsumer progress) {
        int done = 0;
        for (ImportRow row : inWritingOrder(rows)) {
            check(row);
            progress.accept(++done);
        }
        openings.forEach(this::checkOpening);
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** The rows that passed, in the order they are written. */
    List<Checked> checked() {
        return checked;
    }

    ImportOutcome outcome() {
        ImportOutcome outcome = ImportOutcome.NONE;
        for (Checked row : checked) {
            outcome = outcome.plus(row.effect());
        }
        return outcome;
    }

    /**
     * The sheets in their order; a BU before the sites under it; rows otherwise as in the file.
     * Writing follows the same order.
     */
    static List<ImportRow> inWritingOrder(List<ImportRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ImportRow::sheet)
                .thenComparing(row -> row.sheet() == ImportSheet.ORG_UNITS && isSite(row) ? 1 : 0)).toList();
    }

    private static boolean isSite(ImportRow row) {
        return "SITE".equalsIgnoreCase(row.get("kind"));
    }

    private void check(ImportRow row) {
        int before = problems.size();
        RowReader cells = new RowReader(row, problems);
        RowEffect effect = switch (row.sheet()) {
            case ORG_UNITS -> orgUnit(cells);
            case STORES -> store(cells);
            case ITEMS -> item(cells);
            case SUPPLIERS -> supplier(cells);
            case TURBINES -> turbine(cells);
            case USERS -> user(cells);
            case OPENING_BALANCES -> {
                opening(cells, before);
                yield null;
            }
        };
        if (effect != null && problems.size() == before) {
            checked.add(new Checked(row, effect));
        }
    }

    /** Whether the key is the first of its sheet in the file; a second row with it is noted. */
    private boolean firstOf(RowReader cells, String column, String key) {
        if (key == null) {
            return true;
        }
        Integer first = keys.computeIfAbsent(cells.row().sheet(), sheet -> new HashMap<>())
                .putIfAbsent(key, cells.row().rowNo());
        if (first != null) {
            cells.problem(column, "import.key.twice", key, first);
            return false;
        }
        return true;
    }

    private void all(RowReader cells, List<Problem> found) {
        found.forEach(problem -> problems.add(new RowProblem(cells.row().sheet(), cells.row().rowNo(), null,
                problem)));
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a, b);
    }

    private RowEffect orgUnit(RowReader cells) {
        OrgUnitKind kind = cells.constant("kind", OrgUnitKind.class);
        String code = cells.code("code");
        String nameZh = cells.text("name_zh");
        String nameEn = cells.text("name_en");
        String parentCode = cells.code("parent_code");
        String province = cells.text("province");
        if (!firstOf(cells, "code", code) || code == null) {
            return null;
        }
        OrgUnit existing = units.get(code);
        if (existing != null && !plannedUnits.contains(code)) {
            if (kind != null && kind != existing.getKind()) {
                cells.problem("kind", "import.orgUnit.kindDiffers", code, existing.getKind().name());
            }
            String parentNow = existing.getParent() == null ? null : existing.getParent().getCode();
            if (parentCode != null && !parentCode.equals(parentNow)) {
                cells.problem("parent_code", "import.orgUnit.parentDiffers", code, String.valueOf(parentNow));
            }
            return same(existing.getNameZh(), nameZh) && same(existing.getNameEn(), nameEn) ? RowEffect.NONE
                    : RowEffect.CHANGE;
        }
        OrgUnit parent = parentCode == null ? null : units.get(parentCode);
        if (parentCode != null && parent == null) {
            cells.problem("parent_code", "orgUnit.unknown", parentCode);
        }
        List<Problem> found = OrgUnit.check(code, kind, nameZh, nameEn, parent);
        if (parentCode != null && parent == null) {
            found.removeIf(p -> p.getMessageKey().startsWith("orgUnit.parent."));
        }
        all(cells, found);
        if (stores.containsKey(code + "-G") || stores.containsKey(code + "-D")) {
            cells.problem("code", "orgUnit.code.taken", code);
        }
        if (found.isEmpty() && parent != null) {
            OrgUnit planned = new OrgUnit(code, kind, nameZh, nameEn, parent, province);
            units.put(code, planned);
            plannedUnits.add(code);
            stores.put(code + "-G", Store.of(planned, StoreKind.GOOD));
            stores.put(code + "-D", Store.of(planned, StoreKind.DAMAGED));
        }
        return RowEffect.CREATE;
    }

    private RowEffect store(RowReader cells) {
        String code = cells.code("code");
        String nameZh = cells.text("name_zh");
        String nameEn = cells.text("name_en");
        // an empty "active" cell leaves the store as it is
        Boolean active = cells.row().get("active") == null ? null : cells.flag("active");
        if (!firstOf(cells, "code", code) || code == null) {
            return null;
        }
        Store store = stores.get(code);
        if (store == null) {
            cells.problem("code", "store.unknown", code);
            return null;
        }
        if (nameZh == null || nameEn == null) {
            return null;
        }
        boolean planned = plannedUnits.contains(store.getOwner().getCode());
        boolean activeChanges = active != null && active != store.isActive();
        if (activeChanges && !active && !planned && sources.organisation().hasStock(store)) {
            cells.problem("active", "store.deactivate.hasStock", code);
        }
        boolean renamed = !same(store.getNameZh(), nameZh) || !same(store.getNameEn(), nameEn);
        return renamed || activeChanges ? RowEffect.CHANGE : RowEffect.NONE;
    }

    private RowEffect item(RowReader cells) {
        String code = cells.code("code");
        ItemDetails details = ImportValues.itemDetails(cells);
        BigDecimal volume = cells.decimal("packed_volume_m3");
        if (volume != null && volume.signum() < 0) {
            cells.problem("packed_volume_m3", "item.packedVolume.invalid", volume.toPlainString());
        }
        if (!firstOf(cells, "code", code) || code == null) {
            return null;
        }
        List<Problem> found = details.problems();
        Optional<Item> existing = item(code);
        if (existing.isPresent() && !plannedItems.containsKey(code)) {
            Item item = existing.get();
            if (found.isEmpty()) {
                found.addAll(item.changeProblems(details, sources.items().usage(item)));
            }
            all(cells, found);
            if (!found.isEmpty()) {
                return null;
            }
            boolean volumeSame = item.getPackedVolumeM3() == null ? volume == null
                    : volume != null && item.getPackedVolumeM3().compareTo(volume) == 0;
            return item.details().sameAs(details) && volumeSame ? RowEffect.NONE : RowEffect.CHANGE;
        }
        found.addAll(0, Item.checkCode(code));
        all(cells, found);
        if (found.isEmpty()) {
            Item planned = Item.create(code, details);
            plannedItems.put(code, planned);
            items.put(code, Optional.of(planned));
        }
        return RowEffect.CREATE;
    }

    private Optional<Item> item(String code) {
        return items.computeIfAbsent(code, c -> sources.items().byCode(c));
    }

    private RowEffect supplier(RowReader cells) {
        String code = cells.code("code");
        String nameZh = cells.text("name_zh");
        String nameEn = cells.text("name_en");
        if (!firstOf(cells, "code", code) || code == null) {
            return null;
        }
        Optional<Supplier> existing = sources.suppliers().byCode(code);
        if (existing.isPresent()) {
            if (nameZh == null || nameEn == null) {
                return null;
            }
            return same(existing.get().getNameZh(), nameZh) && same(existing.get().getNameEn(), nameEn)
                    ? RowEffect.NONE : RowEffect.CHANGE;
        }
        all(cells, Supplier.check(code, nameZh, nameEn));
        return RowEffect.CREATE;
    }

    private RowEffect turbine(RowReader cells) {
        String siteCode = cells.code("site_code");
        String number = cells.code("turbine_no");
        String model = cells.text("model");
        if (siteCode == null || !firstOf(cells, "turbine_no", number == null ? null : siteCode + " " + number)) {
            return null;
        }
        OrgUnit site = units.get(siteCode);
        if (site == null || site.getKind() != OrgUnitKind.SITE) {
            cells.problem("site_code", site == null ? "orgUnit.unknown" : "turbine.siteOnly", siteCode);
            return null;
        }
        all(cells, Turbine.check(number, model));
        if (number == null || plannedUnits.contains(siteCode)) {
            return RowEffect.CREATE;
        }
        Optional<Turbine> existing = sources.organisation().turbine(site, number);
        return existing.isEmpty() ? RowEffect.CREATE
                : same(existing.get().getModel(), model) ? RowEffect.NONE : RowEffect.CHANGE;
    }

    private RowEffect user(RowReader cells) {
        String username = cells.text("username");
        String displayName = cells.text("display_name");
        String unitCode = cells.code("org_unit");
        Set<Role> roles = ImportValues.roles(cells);
        if (!firstOf(cells, "username", username) || username == null) {
            return null;
        }
        OrgUnit unit = unitCode == null ? null : units.get(unitCode);
        if (unitCode != null && unit == null) {
            cells.problem("org_unit", "orgUnit.unknown", unitCode);
            return null;
        }
        all(cells, AppUser.check(username, displayName, unit, roles));
        Optional<AppUser> existing = sources.users().byUsername(username);
        if (existing.isEmpty()) {
            return RowEffect.CREATE;
        }
        AppUser user = existing.get();
        return same(user.getDisplayName(), displayName) && user.getOrgUnit().getCode().equals(unitCode)
                && user.getRoles().equals(roles) ? RowEffect.NONE : RowEffect.CHANGE;
    }

    private void opening(RowReader cells, int problemsBefore) {
        String storeCode = cells.code("store_code");
        String itemCode = cells.code("item_code");
        int unreadable = problems.size();
        NewLine read = ImportValues.openingLine(cells, null);
        if (problems.size() > unreadable || read.quantity() == null) {
            return;
        }
        String batchNo = read.batchNo();
        List<String> serials = read.serials();
        Store store = storeCode == null ? null : stores.get(storeCode);
        if (storeCode != null && store == null) {
            cells.problem("store_code", "store.unknown", storeCode);
        }
        Optional<Item> item = itemCode == null ? Optional.empty() : item(itemCode);
        if (itemCode != null && item.isEmpty()) {
            cells.problem("item_code", "item.unknownCode", itemCode);
        }
        if (store == null || item.isEmpty() || problems.size() > problemsBefore) {
            return;
        }
        if (serials.isEmpty() && !firstOf(cells, "item_code", storeCode + " " + itemCode + " " + batchNo)) {
            return;
        }
        for (String serial : serials) {
            Integer first = serialsSeen.computeIfAbsent(itemCode, code -> new HashMap<>())
                    .putIfAbsent(serial, cells.row().rowNo());
            if (first != null) {
                cells.problem("serials", "import.opening.serialTwice", serial, first);
            }
        }
        NewLine line = new NewLine(item.get(), read.quantity(), null, null, batchNo, read.expiryDate(), serials);
        List<Problem> found = DocumentCheck.forSaving().numberedFrom(cells.row().rowNo())
                .check(DocumentCategory.OPENING_BALANCE, store, null, goLiveDay, List.of(line));
        all(cells, found);
        if (problems.size() == problemsBefore) {
            openings.computeIfAbsent(storeCode, code -> new ArrayList<>()).add(new OpeningRow(cells.row(), line));
        }
    }

    /**
     * A store's opening balance is posted once: into a store that holds nothing and whose go-live day's
     * month is open; the same lines again change nothing, other lines are refused (a stocktake corrects).
     */
    private void checkOpening(String storeCode, List<OpeningRow> rows) {
        Store store = stores.get(storeCode);
        ImportRow first = rows.get(0).row();
        if (!plannedUnits.contains(store.getOwner().getCode())) {
            Optional<StockDocument> posted = sources.documents().openingOf(store);
            if (posted.isPresent()) {
                if (sameLines(posted.get().linesAsEntered(), rows.stream().map(OpeningRow::line).toList())) {
                    rows.forEach(row -> checked.add(new Checked(row.row(), RowEffect.NONE)));
                } else {
                    problems.add(RowProblem.of(first, "store_code", "import.opening.alreadyPosted", storeCode,
                            posted.get().getNumber()));
                }
                return;
            }
            if (sources.organisation().hasStock(store)) {
                problems.add(RowProblem.of(first, "store_code", "import.opening.storeHasStock", storeCode));
                return;
            }
            Set<String> serials = new HashSet<>();
            rows.forEach(row -> serials.addAll(row.line().serials()));
            for (SerialUnit known : sources.ledger().unitsWithSerials(serials)) {
                rows.stream().filter(row -> row.line().item().getCode().equals(known.getItem().getCode())
                        && row.line().serials().contains(known.getSerialNo())).findFirst()
                        .ifPresent(row -> problems.add(RowProblem.of(row.row(), "serials",
                                "import.opening.serialKnown", known.getSerialNo(), row.line().item().getCode())));
            }
        }
        Optional<Refusal> closed = sources.closedMonths().refusal(store, goLiveDay, null);
        if (closed.isPresent()) {
            closed.get().problems().forEach(problem -> problems.add(
                    new RowProblem(first.sheet(), first.rowNo(), "store_code", problem)));
            return;
        }
        rows.forEach(row -> checked.add(new Checked(row.row(), RowEffect.CREATE)));
    }

    /** The same lines in any order: item, quantity, batch, expiry and serials. */
    private static boolean sameLines(List<NewLine> posted, List<NewLine> imported) {
        return lineKeys(posted).equals(lineKeys(imported));
    }

    private static List<String> lineKeys(List<NewLine> lines) {
        return lines.stream().map(line -> line.item().getCode() + "|" + line.quantity().stripTrailingZeros()
                .toPlainString() + "|" + line.batchNo() + "|" + line.expiryDate() + "|"
                + new TreeSet<>(line.serials())).sorted().toList();
    }
}
