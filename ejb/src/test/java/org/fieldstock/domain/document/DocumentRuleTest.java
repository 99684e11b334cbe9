package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.GZBD_A01;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.SUPPLIER;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_A01;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.batchLine;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.serialLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The document's rules by type: callers choose rules, never filter the keys of their problems. */
class DocumentRuleTest {

    /** Lines that break every rule there is, in a purchase into the damaged store without a supplier. */
    private static final List<NewLine> EVERYTHING_WRONG = Arrays.asList(
            line(null, "1"),
            line(GEARBOX, "-1"),
            line(BOLT, "1.5"),
            new NewLine(BOLT, BigDecimal.ONE, "长".repeat(301)),
            serialLine(BOLT, "1", "B-1"),
            serialLine(PITCH_MOTOR, "1", "PM 1", "PM-2"),
            batchLine(BOLT, "1", "B1", DATE),
            batchLine(GREASE, "1", "G1", DATE.minusDays(1)),
            new NewLine(GEARBOX, BigDecimal.ONE, null, GZBD_A01, null, null, List.of()),
            serialLine(PITCH_MOTOR, "2", "PM-3"),
            serialLine(PITCH_MOTOR, "2", "PM-3"),
            batchLine(GREASE, "1", "G2", DATE.plusMonths(6)),
            batchLine(GREASE, "1", "G2", DATE.plusMonths(7)),
            line(GREASE, "1"));

    /** A self-use issue whose replacing lines break every rule of a replacement: see {@link ReplacementTest}. */
    private static final List<NewLine> REPLACEMENTS_WRONG = List.of(
            new NewLine(PITCH_MOTOR, BigDecimal.ONE, null, null, null, null, List.of("PM-9"),
                    new FailureRecord(null, null, List.of(), null, "烧了 burnt")),
            new NewLine(GREASE, BigDecimal.ONE, null, ZBET_A01, "G1", null, List.of(),
                    new FailureRecord(null, null, List.of(), FailureCause.WEAR, null)));

    private static List<Problem> everythingWrong(DocumentCheck check) {
        return check.check(DocumentCategory.REPAIR_RETURN, ZBET_GOOD, SUPPLIER, null, EVERYTHING_WRONG);
    }

    @ParameterizedTest
    @EnumSource(DocumentRule.class)
    void eachRuleReportsOnlyItsOwnKeysAndSomethingOfTheseLines(DocumentRule rule) {
        List<Problem> problems = new ArrayList<>(everythingWrong(DocumentCheck.of(rule)));
        problems.addAll(DocumentCheck.of(rule).check(DocumentCategory.PURCHASE, ZBET_DAMAGED, null, DATE, List.of()));
        problems.addAll(DocumentCheck.of(rule).check(DocumentCategory.SELF_USE, ZBET_GOOD, null, DATE,
                REPLACEMENTS_WRONG));

        assertFalse(problems.isEmpty(), rule::name);
        problems.forEach(problem -> assertTrue(rule.keys().contains(problem.getMessageKey()), problem::toString));
    }

    @Test
    void noTwoRulesShareAKey() {
        Set<String> keys = new HashSet<>();
        for (DocumentRule rule : DocumentRule.values()) {
            rule.keys().forEach(key -> assertTrue(keys.add(key), key));
        }
    }

    @Test
    void savingIsTheDocumentsOwnRulesAndTheLinesAndReviewAddsTheRest() {
        EnumSet<DocumentRule> saving = EnumSet.copyOf(DocumentRule.OF_THE_DOCUMENT);
        saving.addAll(DocumentRule.OF_THE_LINES);
        assertEquals(saving, DocumentRule.FOR_SAVING);
        EnumSet<DocumentRule> all = EnumSet.copyOf(DocumentRule.FOR_SAVING);
        all.addAll(DocumentRule.FOR_REVIEW);
        assertEquals(EnumSet.allOf(DocumentRule.class), all);
        assertTrue(DocumentRule.OF_THE_LINES.containsAll(DocumentRule.TRACKING));
    }

    @Test
    void theChosenRulesTogetherSayWhatAllRulesSayInTheSameOrder() {
        List<Problem> chosen = new ArrayList<>(everythingWrong(DocumentCheck.of(DocumentRule.OF_THE_DOCUMENT)));
        chosen.addAll(everythingWrong(DocumentCheck.of(DocumentRule.FOR_SAVING).without(
                DocumentRule.OF_THE_DOCUMENT.toArray(DocumentRule[]::new))));

        assertEquals(everythingWrong(DocumentCheck.forSaving()), chosen);
    }

    @Test
    void aCheckWithoutTheStoreKindSaysEverythingElse() {
        List<Problem> all = DocumentCheck.forSaving().check(DocumentCategory.GOOD_TRANSFER_OUT, ZBET_DAMAGED, null,
                DATE, List.of(line(BOLT, "1.5")));
        List<Problem> withoutStore = DocumentCheck.forSaving().without(DocumentRule.STORE_KIND)
                .check(DocumentCategory.GOOD_TRANSFER_OUT, ZBET_DAMAGED, null, DATE, List.of(line(BOLT, "1.5")));

        assertEquals(List.of(new Problem("document.store.wrongKind", MessageKey.of(DocumentCategory.GOOD_TRANSFER_OUT),
                ZBET_DAMAGED.getCode(), MessageKey.of(ZBET_DAMAGED.getKind())),
                new Problem("line.quantity.wholeUnits", 1, BOLT.getCode(), "1.5", "pcs")), all);
        assertEquals(all.subList(1, 2), withoutStore);
    }

    @Test
    void linesAreNumberedFromTheNumberTheCallerGives() {
        List<Problem> problems = DocumentCheck.of(DocumentRule.OF_THE_LINES).numberedFrom(7).check(
                DocumentCategory.PURCHASE, ZBET_GOOD, null, DATE,
                List.of(line(BOLT, "1.5"), serialLine(PITCH_MOTOR, "2", "PM-1", "PM-1")));

        assertEquals(List.of(new Problem("line.quantity.wholeUnits", 7, BOLT.getCode(), "1.5", "pcs"),
                new Problem("line.serial.repeated", 8, PITCH_MOTOR.getCode(), "PM-1")), problems);
    }

    @Test
    void aLineWhoseItemTheCallerDidNotFindIsNotSaidToLackOne() {
        List<NewLine> lines = Arrays.asList(line(null, "1"), line(null, "1"), line(BOLT, "0"));

        List<Problem> problems = DocumentCheck.forSaving().withUnknownItemsOn(List.of(2))
                .check(DocumentCategory.PETTY_PURCHASE, ZBET_GOOD, null, DATE, lines);

        assertEquals(List.of(new Problem("line.item.required", 1),
                new Problem("line.quantity.mustBePositive", 3, BOLT.getCode(), "0")), problems);
    }

    @Test
    void reviewAsksForEverySerialAndTheBatch() {
        List<Problem> problems = DocumentCheck.forReview().check(DocumentCategory.SELF_USE, ZBET_GOOD, null, DATE,
                List.of(serialLine(PITCH_MOTOR, "2", "PM-1"), line(GREASE, "1")));

        assertEquals(List.of(new Problem("line.serials.count", 1, PITCH_MOTOR.getCode(), "2", 1),
                new Problem("line.batch.requiredOut", 2, GREASE.getCode())), problems);
    }
}
