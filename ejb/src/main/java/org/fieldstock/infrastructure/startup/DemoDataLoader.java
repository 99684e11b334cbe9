package org.fieldstock.infrastructure.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.application.stock.StockPosting;
import org.fieldstock.domain.dailyreport.DailyReport;
import org.fieldstock.domain.dailyreport.DailyReportRepository;
import org.fieldstock.domain.dailyreport.Punctuality;
import org.fieldstock.domain.dailyreport.ReportLineInput;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.Receiving;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.document.StockMovement;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.requisition.NewRequisitionLine;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.Urgency;
import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.PasswordHashing;
import org.fieldstock.domain.user.Role;

/**
 * Loads the demo organisation, catalogue, turbines, suppliers, users and some opening stock on
 * first start — only into an empty database, and by default only into the built-in H2 one: a
 * database the user configured never gets demo data unless {@code fieldstock.demo-data=true}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    /** Every demo user's password; the README lists the users. */
    public static final String DEMO_PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Config sources at or below this ordinal are the application's own defaults (microprofile-config.properties). */
    private static final int DEFAULTS_ORDINAL = 100;

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private StockPosting posting;

    @Inject
    private StockLedger ledger;

    @Inject
    private DailyReportRepository dailyReports;

    @Inject
    private RequisitionRepository requisitions;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** What the start did about demo data; the application takes no requests before it is decided. */
    public enum Outcome {
        /** Not wanted for this database (configured off, or a database the user configured). */
        NOT_WANTED,
        /** Wanted, but the database already held an organisation. */
        DATABASE_NOT_EMPTY,
        /** Loaded by this start. */
        LOADED
    }

    private Outcome outcome;

    @Lock(LockType.READ)
    public Outcome outcome() {
        return outcome;
    }

    @PostConstruct
    void loadIfWanted() {
        if (!wanted(ConfigProvider.getConfig())) {
            outcome = Outcome.NOT_WANTED;
            return;
        }
        if (!organisation.isEmpty()) {
            LOG.info("Database already holds an organisation: no demo data loaded");
            outcome = Outcome.DATABASE_NOT_EMPTY;
            return;
        }
        Map<String, OrgUnit> units = loadOrganisation();
        Map<String, Item> items = loadItems();
        loadTurbines(units);
        List<Supplier> suppliers = loadSuppliers();
        loadUsers(units);
        em.flush();
        loadOpeningStock(items, suppliers);
        loadFailedParts(items, suppliers.get(0));
        loadRequisitions(units, items, suppliers.get(0));
        loadDailyReports();
        outcome = Outcome.LOADED;
        LOG.info(() -> "Demo data loaded: " + units.size() + " org units with their stores, " + items.size()
                + " items, " + suppliers.size() + " suppliers; demo users log in with password '" + DEMO_PASSWORD + "'");
    }

    static boolean wanted(Config config) {
        String mode = config.getOptionalValue("fieldstock.demo-data", String.class).orElse("auto").strip();
        if ("true".equalsIgnoreCase(mode)) {
            return true;
        }
        if (!"auto".equalsIgnoreCase(mode)) {
            return false;
        }
        ConfigValue url = config.getConfigValue("fieldstock.db.url");
        return url.getSourceOrdinal() <= DEFAULTS_ORDINAL;
    }

    private Map<String, OrgUnit> loadOrganisation() {
        Map<String, OrgUnit> units = new HashMap<>();
        for (String[] row : csv("organisation.csv")) {
            String kind = row[0];
            String code = row[1];
            OrgUnit parent = row[4].isEmpty() ? null : units.get(row[4]);
            switch (kind) {
                case "STORE_GOOD" -> em.persist(new Store(code, StoreKind.GOOD, parent, row[2], row[3]));
                case "STORE_DAMAGED" -> em.persist(new Store(code, StoreKind.DAMAGED, parent, row[2], row[3]));
                default -> {
                    OrgUnit unit = "PRODUCTION_MANAGEMENT".equals(kind)
                            ? OrgUnit.productionManagement(code, row[2], row[3], parent, row[5])
                            : new OrgUnit(code, OrgUnitKind.valueOf(kind), row[2], row[3], parent, row[5]);
                    em.persist(unit);
                    units.put(code, unit);
                }
            }
        }
        return units;
    }

    private Map<String, Item> loadItems() {
        Map<String, Item> items = new HashMap<>();
        for (String[] r : csv("parts-catalog.csv")) {
            Item item = new Item(r[0], r[1], r[2], r[3], new Unit(r[4], r[5]), ItemCategory.valueOf(r[6]),
                    RepairClass.valueOf(r[7]));
            item.describe(decimal(r[8]), r[9].isEmpty() ? null : Integer.valueOf(r[9]), decimal(r[10]), r[11],
                    "Y".equals(r[12]));
            em.persist(item);
            items.put(item.getCode(), item);
        }
        return items;
    }

    private void loadTurbines(Map<String, OrgUnit> units) {
        for (String[] r : csv("turbines.csv")) {
            em.persist(new Turbine(units.get(r[0]), r[1], r[2]));
        }
    }

    private List<Supplier> loadSuppliers() {
        List<Supplier> suppliers = new ArrayList<>();
        for (String[] r : csv("suppliers.csv")) {
            Supplier supplier = new Supplier(r[0], r[1], r[2]);
            em.persist(supplier);
            suppliers.add(supplier);
        }
        return suppliers;
    }

    private void loadUsers(Map<String, OrgUnit> units) {
        passwordHash.initialize(PasswordHashing.parameters());
        for (String[] r : csv("users.csv")) {
            Set<Role> roles = Arrays.stream(r[3].split(";")).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            em.persist(new AppUser(r[0], passwordHash.generate(DEMO_PASSWORD.toCharArray()), r[1], units.get(r[2]),
                    roles));
        }
    }

    /**
     * A reviewed purchase receipt for every good store, so that the on-hand views are not empty,
     * and one saved receipt waiting for review at the first site. Posted through the same path as
     * every other review.
     */
    private void loadOpeningStock(Map<String, Item> items, List<Supplier> suppliers) {
        Random random = new Random(20261123L);
        List<Item> catalogue = items.values().stream()
                .sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList();
        LocalDate openingDate = LocalDate.now().withDayOfMonth(1);
        Instant now = Instant.now();
        for (Store store : organisation.allStores()) {
            if (store.getKind() != StoreKind.GOOD) {
                continue;
            }
            StockDocument receipt = new StockDocument(documents.nextNumber(DocumentCategory.PURCHASE.type(),
                    openingDate), DocumentCategory.PURCHASE, store, suppliers.get(random.nextInt(suppliers.size())),
                    openingDate, "期初库存 Opening stock", randomLines(catalogue, random, 12, openingDate), "planner", now);
            receipt.receive(new Receiving("SH-" + store.getCode() + "-" + openingDate, null, openingDate));
            posting.addReviewed(receipt, "planner");
            if ("ZBET-G".equals(store.getCode())) {
                // one delivery with its note, one that came without papers on the shipper's word, waiting to be counted
                StockDocument delivered = new StockDocument(documents.nextNumber(DocumentCategory.PURCHASE.type(),
                        LocalDate.now()), DocumentCategory.PURCHASE, store, suppliers.get(0), LocalDate.now(),
                        "待审核 Awaiting review", randomLines(catalogue, random, 3, LocalDate.now()), "keeper", now);
                delivered.receive(new Receiving("DN-20261201-0417", null, LocalDate.now().minusDays(2)));
                documents.add(delivered);
                StockDocument withoutPapers = new StockDocument(documents.nextNumber(DocumentCategory.PURCHASE.type(),
                        LocalDate.now()), DocumentCategory.PURCHASE, store, suppliers.get(1 % suppliers.size()),
                        LocalDate.now(), "无随货单据 No papers yet", randomLines(catalogue, random, 2, LocalDate.now()),
                        "keeper", now);
                withoutPapers.receive(new Receiving(null, "物流王师傅电话确认 carrier's driver Wang confirmed by phone",
                        LocalDate.now().minusDays(8)));
                documents.add(withoutPapers);
            }
        }
    }

    /**
     * The damaged-part register of the first site: two failed parts replaced on turbines and one
     * damaged in storage over the last weeks, booked as the screens book them (the issue and the
     * generated damage intake posted together), so that the register, the packing list and an
     * overdue return to the repair hub have something to show.
     */
    private void loadFailedParts(Map<String, Item> items, Supplier supplier) {
        Store good = store("ZBET-G");
        Store damaged = store("ZBET-D");
        Item pitchMotor = items.get("SP-PIT-0001");
        Item encoder = items.get("SP-GEN-0009");
        LocalDate today = LocalDate.now();
        LocalDate delivered = today.minusDays(30);
        StockDocument spares = new StockDocument(documents.nextNumber(DocumentCategory.PURCHASE.type(), delivered),
                DocumentCategory.PURCHASE, good, supplier, delivered, "备件补充 Spares for replacements", List.of(
                        new NewLine(pitchMotor, BigDecimal.TWO, null, null, null, null,
                                List.of("PM2610-0031", "PM2610-0032")),
                        new NewLine(encoder, BigDecimal.ONE, null, null, null, null, List.of("EN2610-0107"))),
                "accountant", Instant.now());
        spares.receive(new Receiving("DN-" + delivered + "-0031", null, delivered));
        posting.addReviewed(spares, "accountant");
        bookDamaged(DocumentCategory.SELF_USE, good, damaged, today.minusDays(17), new NewLine(pitchMotor,
                BigDecimal.ONE, null, turbine("ZBET", "A03"), null, null, List.of("PM2610-0031"),
                new FailureRecord("张保管 Zhang Baoguan", today.minusDays(17), List.of("PM1903-0417"),
                        FailureCause.ELECTRICAL, "绕组烧毁 winding burnt")));
        bookDamaged(DocumentCategory.SELF_USE, good, damaged, today.minusDays(9), new NewLine(encoder,
                BigDecimal.ONE, null, turbine("ZBET", "A07"), null, null, List.of("EN2610-0107"),
                new FailureRecord("张保管 Zhang Baoguan", today.minusDays(9), List.of("EN2004-0088"),
                        FailureCause.MECHANICAL, "轴承卡死 bearing seized")));
        bookDamaged(DocumentCategory.STORAGE_DAMAGE, good, damaged, today.minusDays(4), new NewLine(pitchMotor,
                BigDecimal.ONE, null, null, null, null, List.of("PM2610-0032"),
                new FailureRecord("张保管 Zhang Baoguan", today.minusDays(4), List.of(), FailureCause.STORAGE,
                        "库房漏雨受潮 damp from a roof leak")));
    }

    /**
     * ZBET's requisitions the demo users find at first login: one approved and being delivered, one the
     * chief filed 30 hours ago that the BU planner has not checked (overdue on the list, late on the
     * week's report), and a petty purchase bought first in an emergency, its requisition to follow.
     */
    private void loadRequisitions(Map<String, OrgUnit> units, Map<String, Item> items, Supplier supplier) {
        OrgUnit site = units.get("ZBET");
        OrgUnit bu = units.get("NC");
        Caller chief = new Caller("chief", Set.of(Role.SITE_CHIEF), site);
        Caller buPlanner = new Caller("buplanner", Set.of(Role.BU_PLANNER), bu);
        Caller supervisor = new Caller("supervisor", Set.of(Role.BU_SUPERVISOR), bu);
        Caller manager = new Caller("manager", Set.of(Role.BU_MANAGER), bu);
        Duration checkWithin = Duration.ofHours(24);
        Instant now = Instant.now();
        Instant drafted = now.minus(Duration.ofDays(3));
        Requisition approved = new Requisition(requisitions.nextNumber(LocalDate.now()), site, "A05 年检 annual service",
                List.of(new NewRequisitionLine(items.get("CS-GBX-0004"), null, null, new BigDecimal("4"), null,
                        "A05 年检更换滤芯 filters for the annual service")), "keeper", drafted);
        requisitions.add(approved);
        approved.perform(RequisitionAction.SIGN, null, chief, drafted.plus(Duration.ofHours(1)), checkWithin);
        approved.perform(RequisitionAction.CHECK, null, buPlanner, drafted.plus(Duration.ofHours(6)), checkWithin);
        approved.perform(RequisitionAction.SUPERVISE, null, supervisor, drafted.plus(Duration.ofHours(26)),
                checkWithin);
        approved.perform(RequisitionAction.APPROVE, null, manager, drafted.plus(Duration.ofHours(28)), checkWithin);
        Requisition waiting = new Requisition(requisitions.nextNumber(LocalDate.now()), site, null,
                List.of(new NewRequisitionLine(items.get("SP-PIT-0001"), null, null, BigDecimal.ONE, Urgency.URGENT,
                        "A02 变桨电机异响 pitch motor grinding")), "keeper", now.minus(Duration.ofHours(31)));
        requisitions.add(waiting);
        waiting.perform(RequisitionAction.SIGN, null, chief, now.minus(Duration.ofHours(30)), checkWithin);

        LocalDate today = LocalDate.now();
        StockDocument emergency = new StockDocument(documents.nextNumber(DocumentCategory.PETTY_PURCHASE.type(), today),
                DocumentCategory.PETTY_PURCHASE, store("ZBET-G"), supplier, today, "A07 紧急采购 bought first, A07 down",
                List.of(new NewLine(items.get("CS-GBX-0006"), BigDecimal.ONE, null)), "keeper", now);
        emergency.fulfil(null, true);
        documents.add(emergency);
    }

    /** An issue that moves damaged parts, and the damage intake it generates, reviewed together. */
    private void bookDamaged(DocumentCategory category, Store good, Store damaged, LocalDate day, NewLine line) {
        Instant now = Instant.now();
        StockDocument issue = new StockDocument(documents.nextNumber(category.type(), day), category, good, null,
                day, null, List.of(line), "keeper", now);
        documents.add(issue);
        List<StockMovement> issued = issue.review("accountant", now);
        StockDocument intake = StockDocument.damageIntakeOf(documents.nextNumber(DocumentCategory.DAMAGE_INTAKE.type(),
                day), issue, damaged, "accountant", now);
        documents.add(intake);
        posting.postTogether(List.of(new StockPosting.Booking(issue, issued, LedgerMovement.POSTING),
                new StockPosting.Booking(intake, intake.review("accountant", now), LedgerMovement.POSTING)),
                "accountant");
    }

    private Store store(String code) {
        return organisation.allStores().stream().filter(store -> store.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo store missing: " + code));
    }

    private Turbine turbine(String site, String turbineNo) {
        return em.createQuery("SELECT t FROM Turbine t WHERE t.site.code = :site AND t.turbineNo = :no", Turbine.class)
                .setParameter("site", site).setParameter("no", turbineNo).getSingleResult();
    }

    /**
     * The sites' reports of the last five days: most in the evening, some late with a reason, some
     * missing; ZBET's yesterday has a line the NC accountant can make a document of.
     */
    private void loadDailyReports() {
        LocalDate today = LocalDate.now();
        ZoneId zone = ZoneId.systemDefault();
        List<OrgUnit> sites = organisation.allOrgUnits().stream().filter(u -> u.getKind() == OrgUnitKind.SITE)
                .sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList();
        for (int s = 0; s < sites.size(); s++) {
            OrgUnit site = sites.get(s);
            for (int back = 5; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                Instant due = Punctuality.deadline(day, DailyReportService.DEFAULT_DEADLINE, zone);
                if ((s + back) % 7 == 0) {
                    continue; // never sent
                }
                boolean late = (s + back) % 5 == 0;
                Instant sent = late ? day.plusDays(1).atTime(9, 10).atZone(zone).toInstant()
                        : day.atTime(18, 30).atZone(zone).toInstant();
                List<ReportLineInput> lines = "ZBET".equals(site.getCode()) && back == 1 ? demoIssue(site) : List.of();
                dailyReports.add(new DailyReport(site, day, lines, late ? "山路结冰，次日补报 Roads iced, sent next morning"
                        : null, today, due, "keeper", sent));
            }
        }
    }

    /** One part of the site's good store taken out for a turbine, with the balance the site wrote after it. */
    private List<ReportLineInput> demoIssue(OrgUnit site) {
        Store good = organisation.storesOf(site).stream().filter(st -> st.getKind() == StoreKind.GOOD).findFirst()
                .orElseThrow();
        return ledger.onHand(good).stream().filter(b -> !b.getItem().isSerialTracked() && !b.getItem().isBatchTracked())
                .findFirst().map(b -> List.of(new ReportLineInput(good, DocumentCategory.SELF_USE, b.getItem().getCode(),
                        b.getItem(), b.getItem().getNameZh(), BigDecimal.ONE.negate(),
                        b.getOnHand().subtract(BigDecimal.ONE), null, null, null, null, "更换 Replaced")))
                .orElse(List.of());
    }

    /** Lines of random items; serial-tracked ones with a serial per unit, shelf-life ones with a batch. */
    private static List<NewLine> randomLines(List<Item> catalogue, Random random, int count, LocalDate received) {
        List<NewLine> lines = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        while (lines.size() < count) {
            Item item = catalogue.get(random.nextInt(catalogue.size()));
            if (!used.add(item.getCode())) {
                continue;
            }
            BigDecimal quantity = item.isDecimalQuantity()
                    ? BigDecimal.valueOf(5 + random.nextInt(200), 1)
                    : BigDecimal.valueOf(1 + random.nextInt(item.getUnitPrice().compareTo(BigDecimal.valueOf(10000)) > 0 ? 2 : 20));
            List<String> serials = new ArrayList<>();
            if (item.isSerialTracked()) {
                for (int unit = 0; unit < quantity.intValue(); unit++) {
                    serials.add(String.format("SN%08d", random.nextInt(100_000_000)));
                }
            }
            String batch = null;
            LocalDate expiry = null;
            if (item.isBatchTracked()) {
                // made some months before it reached the store
                LocalDate made = received.minusMonths(random.nextInt(Math.max(1, item.getShelfLifeMonths() / 2)));
                batch = String.format("B%s-%03d", made.toString().substring(2, 7).replace("-", ""), random.nextInt(1000));
                expiry = item.expiryFrom(made);
            }
            lines.add(new NewLine(item, quantity, null, null, batch, expiry, serials));
        }
        return lines;
    }

    private static BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** Rows of a demo CSV (UTF-8, comma-separated, nothing quoted), without the header. */
    private static List<String[]> csv(String name) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo data file missing: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
