package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GZBD_A01;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.SUPPLIER;
import static org.fieldstock.domain.DomainFixtures.ZBET_A01;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.supplier.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A failed part replaced in one step: the self-use line that fits the new unit keeps the register's
 * entry of the one removed, and the issue's review books that one into the site's damaged store on an
 * intake generated from it, which only the issue reviews and unreviews.
 */
class ReplacementTest {

    private static final FailureRecord BURNT = new FailureRecord("王工 Wang", DATE, List.of("PM-OLD"),
            FailureCause.ELECTRICAL, "绕组烧毁 winding burnt");

    private static NewLine replacing(Item item, String quantity, Turbine turbine, List<String> fitted,
            FailureRecord failure) {
        return new NewLine(item, new BigDecimal(quantity), null, turbine, null, null, fitted, failure);
    }

    private static StockDocument issue(List<NewLine> lines) {
        return document(DocumentCategory.SELF_USE, ZBET_GOOD, null, lines);
    }

    private static StockDocument document(DocumentCategory category, Store store, Supplier supplier,
            List<NewLine> lines) {
        return new StockDocument("OUT-1", category, store, supplier, DATE, null, lines, "keeper", NOW);
    }

    private static List<String> refused(DocumentCategory category, Store store, Supplier supplier, NewLine... lines) {
        return keys(assertThrows(BusinessException.class, () -> document(category, store, supplier, List.of(lines))));
    }

    @Test
    void theIssuingLineKeepsTheRegistersEntryOfThePartItRemoved() {
        StockDocument issue = issue(List.of(replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"), BURNT),
                new NewLine(BOLT, BigDecimal.TEN, null)));

        assertTrue(issue.generatesDamageIntake());
        assertEquals(BURNT, issue.getLines().get(0).getFailure());
        assertNull(issue.getLines().get(1).getFailure(), "a line that replaced nothing keeps no entry");
        assertEquals(List.of("PM-OLD"), issue.getLines().get(0).getFailure().getRemovedSerials());
        assertFalse(issue(List.of(new NewLine(BOLT, BigDecimal.ONE, null))).generatesDamageIntake());
    }

    @Test
    void anEmptyEntryIsNoEntry() {
        NewLine line = replacing(BOLT, "1", ZBET_A01, List.of(), new FailureRecord(" ", null, List.of(" "), null, ""));
        assertNull(line.failure());
    }

    @Test
    void whoAndWhenDefaultToTheOneEnteringItOnTheDocumentsDate() {
        FailureRecord entered = new FailureRecord(null, null, List.of("PM-OLD"), FailureCause.WEAR, null);
        FailureRecord filled = entered.withDefaults("张保管 Zhang Baoguan", DATE);
        assertEquals("张保管 Zhang Baoguan", filled.getReplacedBy());
        assertEquals(DATE, filled.getReplacedOn());
        assertEquals("王工 Wang", BURNT.withDefaults("someone else", DATE.minusDays(3)).getReplacedBy());
    }

    @Test
    void aReplacementNamesItsTurbineAndCauseAndIsNotAfterTheIssue() {
        assertEquals(List.of("line.failure.turbineRequired", "line.failure.causeRequired"),
                refused(DocumentCategory.SELF_USE, ZBET_GOOD, null, replacing(PITCH_MOTOR, "1", null,
                        List.of("PM-NEW"), new FailureRecord(null, null, List.of("PM-OLD"), null, null))));
        assertEquals(List.of("line.failure.replacedAfterDocument"), refused(DocumentCategory.SELF_USE, ZBET_GOOD,
                null, replacing(BOLT, "1", ZBET_A01, List.of(), new FailureRecord(null, DATE.plusDays(1), List.of(),
                        FailureCause.WEAR, null))));
        assertEquals(List.of("line.failure.noteTooLong"), refused(DocumentCategory.SELF_USE, ZBET_GOOD, null,
                replacing(BOLT, "1", ZBET_A01, List.of(), new FailureRecord(null, null, List.of(), FailureCause.OTHER,
                        "长".repeat(FailureRecord.MAX_NOTE_LENGTH + 1)))));
    }

    @Test
    void onlyAnIssueOrADamageIntakeKeepsAnEntry() {
        assertEquals(List.of("line.failure.notAllowed"), refused(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER,
                replacing(BOLT, "1", null, List.of(), BURNT.withoutRemovedSerials())));
        // on an intake the removed units are its own serials
        assertEquals(List.of("line.failure.removedOnIntake"), refused(DocumentCategory.DAMAGE_INTAKE, ZBET_DAMAGED,
                null, replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-OLD"), BURNT)));
        StockDocument damagedInStorage = document(DocumentCategory.DAMAGE_INTAKE, ZBET_DAMAGED, null, List.of(
                replacing(BOLT, "2", null, List.of(), new FailureRecord(null, DATE, List.of(), FailureCause.STORAGE,
                        "受潮 damp"))));
        assertEquals(FailureCause.STORAGE, damagedInStorage.getLines().get(0).getFailure().getCause());
    }

    @Test
    void removedSerialsAreOfATrackedItemNoMoreThanUnitsValidAndNotTheUnitFitted() {
        assertEquals(List.of("line.failure.removedNotTracked"), refused(DocumentCategory.SELF_USE, ZBET_GOOD, null,
                replacing(BOLT, "1", ZBET_A01, List.of(), BURNT)));
        assertEquals(List.of("line.failure.removedTooMany"), refused(DocumentCategory.SELF_USE, ZBET_GOOD, null,
                replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"), new FailureRecord(null, null,
                        List.of("PM-A", "PM-B"), FailureCause.WEAR, null))));
        assertEquals(List.of("line.failure.removedInvalid"), refused(DocumentCategory.SELF_USE, ZBET_GOOD, null,
                replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"), new FailureRecord(null, null,
                        List.of("PM OLD"), FailureCause.WEAR, null))));
        assertEquals(List.of("line.failure.removedIsFitted"), refused(DocumentCategory.SELF_USE, ZBET_GOOD, null,
                replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-OLD"), BURNT)));
        assertEquals(List.of("line.failure.removedRepeated"), refused(DocumentCategory.SELF_USE, ZBET_GOOD, null,
                replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-1"), BURNT),
                replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-2"), BURNT)));
    }

    @Test
    void reviewNeedsTheSerialOfEveryUnitRemoved() {
        StockDocument issue = issue(List.of(replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"),
                new FailureRecord(null, null, List.of(), FailureCause.WEAR, null))));
        BusinessException e = assertThrows(BusinessException.class, () -> issue.review("accountant", NOW));
        assertEquals(List.of("line.failure.removedCount"), keys(e));
        assertEquals(DocumentStatus.SAVED, issue.getStatus());
    }

    @Test
    void theIssuesReviewBooksTheRemovedUnitIntoTheDamagedStoreFromItsTurbine() {
        StockDocument issue = issue(List.of(replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"), BURNT),
                new NewLine(BOLT, BigDecimal.TEN, null)));
        List<StockMovement> issued = issue.review("accountant", NOW);
        StockDocument intake = StockDocument.damageIntakeOf("IN-1", issue, ZBET_DAMAGED, "accountant", NOW);

        assertEquals(DocumentCategory.DAMAGE_INTAKE, intake.getCategory());
        assertSame(issue, intake.getGeneratedFrom());
        assertEquals(DATE, intake.getDocumentDate());
        assertEquals(1, intake.getLines().size(), "only the line that replaced a part");
        DocumentLine removed = intake.getLines().get(0);
        assertEquals(List.of("PM-OLD"), removed.getSerials());
        assertSame(ZBET_A01, removed.getTurbine());
        assertEquals(BURNT.withoutRemovedSerials(), removed.getFailure());

        StockMovement motorOut = issued.stream().filter(m -> m.item() == PITCH_MOTOR).findFirst().orElseThrow();
        assertEquals(Map.of("PM-NEW", ZBET_A01), motorOut.turbines(), "the new unit goes onto the turbine");
        List<StockMovement> booked = intake.review("accountant", NOW);
        assertEquals(List.of(new StockMovement(ZBET_DAMAGED, PITCH_MOTOR, BigDecimal.ONE, List.of(),
                List.of("PM-OLD"), Map.of("PM-OLD", ZBET_A01))), booked);
        assertEquals(booked.get(0).turbines(), intake.unreview("accountant", NOW).get(0).turbines(),
                "taken back, the unit goes back onto its turbine");
    }

    @Test
    void onlyAnIssueThatReplacedPartsHasAnIntakeAndOnlyItChangesIt() {
        StockDocument plain = issue(List.of(new NewLine(BOLT, BigDecimal.ONE, null)));
        assertThrows(IllegalArgumentException.class,
                () -> StockDocument.damageIntakeOf("IN-1", plain, ZBET_DAMAGED, "accountant", NOW));

        StockDocument issue = issue(List.of(replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"), BURNT)));
        StockDocument intake = StockDocument.damageIntakeOf("IN-1", issue, ZBET_DAMAGED, "accountant", NOW);
        StockDocumentLifecycle.Subject subject = new StockDocumentLifecycle.Subject(intake, Optional.empty(),
                () -> false);
        for (DocumentAction action : DocumentAction.values()) {
            Optional<Refusal> refusal = StockDocumentLifecycle.RULES.refuseOrigin(action, subject);
            assertEquals("document.generatedByIssue", keys(refusal.orElseThrow().toException()).get(0),
                    action.name());
        }
    }

    @Test
    void partsDamagedInStorageSayWhatDamagedThemNameNoTurbineAndNoOtherUnits() {
        assertEquals(List.of("line.failure.causeRequired"), refused(DocumentCategory.STORAGE_DAMAGE, ZBET_GOOD, null,
                new NewLine(BOLT, BigDecimal.ONE, null)));
        assertEquals(List.of("line.turbine.notAllowed"), refused(DocumentCategory.STORAGE_DAMAGE, ZBET_GOOD, null,
                replacing(BOLT, "1", ZBET_A01, List.of(), BURNT.withoutRemovedSerials())));
        assertEquals(List.of("line.failure.removedInStorage"), refused(DocumentCategory.STORAGE_DAMAGE, ZBET_GOOD,
                null, replacing(PITCH_MOTOR, "1", null, List.of("PM-1"), BURNT)));
        assertEquals(List.of("document.store.wrongKind"), refused(DocumentCategory.STORAGE_DAMAGE, ZBET_DAMAGED, null,
                replacing(BOLT, "1", null, List.of(), BURNT.withoutRemovedSerials())));
    }

    @Test
    void reviewingPartsDamagedInStorageBooksTheSameUnitsIntoTheDamagedStore() {
        FailureRecord damp = new FailureRecord(null, null, List.of(), FailureCause.STORAGE, "受潮 damp");
        StockDocument damaged = document(DocumentCategory.STORAGE_DAMAGE, ZBET_GOOD, null, List.of(
                replacing(PITCH_MOTOR, "1", null, List.of("PM-7"), damp), replacing(BOLT, "4", null, List.of(), damp)));
        assertTrue(damaged.generatesDamageIntake());

        List<StockMovement> out = damaged.review("accountant", NOW);
        assertEquals(Map.of(), out.get(0).turbines(), "the unit leaves the store for no turbine");
        StockDocument intake = StockDocument.damageIntakeOf("IN-1", damaged, ZBET_DAMAGED, "accountant", NOW);
        assertEquals(2, intake.getLines().size());
        DocumentLine unit = intake.getLines().get(0);
        assertEquals(List.of("PM-7"), unit.getSerials(), "the very unit that left the good store");
        assertNull(unit.getTurbine());
        assertEquals(FailureCause.STORAGE, unit.getFailure().getCause());
        assertEquals(new BigDecimal("4"), intake.getLines().get(1).getQuantity().stripTrailingZeros());
        assertTrue(intake.getRemark().contains(damaged.getNumber()));
        assertTrue(intake.review("accountant", NOW).contains(new StockMovement(ZBET_DAMAGED, PITCH_MOTOR,
                BigDecimal.ONE, List.of(), List.of("PM-7"), Map.of())));
    }

    @Test
    void aUnitComesOffATurbineOnlyAtItsOwnSite() {
        SerialUnit unit = new SerialUnit(PITCH_MOTOR, "PM-1");
        unit.enter(ZBET_GOOD, NOW);
        unit.leaveOnto(ZBET_A01, ZBET_GOOD);
        assertSame(ZBET_A01, unit.getTurbine());
        assertNull(unit.getStore());

        BusinessException otherSite = assertThrows(BusinessException.class,
                () -> unit.enterFrom(GZBD_A01, ZBET_DAMAGED, NOW));
        assertEquals(List.of("stock.serial.onOtherSite"), keys(otherSite));
        unit.enterFrom(new Turbine(ZBET_A01.getSite(), "A02", "SL1500"), ZBET_DAMAGED, NOW);
        assertSame(ZBET_DAMAGED, unit.getStore());
        assertNull(unit.getTurbine(), "in a store, on no turbine");
    }

    @Test
    void theRegistersDatesAreKeptAsEntered() {
        LocalDate earlier = DATE.minusDays(2);
        StockDocument issue = issue(List.of(replacing(PITCH_MOTOR, "1", ZBET_A01, List.of("PM-NEW"),
                new FailureRecord("王工 Wang", earlier, List.of("PM-OLD"), FailureCause.LEAK, null))));
        assertEquals(earlier, issue.getLines().get(0).getFailure().getReplacedOn());
    }
}
