package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.batchLine;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.reviewedReceipt;
import static org.fieldstock.domain.DomainFixtures.serialLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

/** 物资退库 of an issue: a red-ink outbound that gives back to the store part of what a reviewed issue took out. */
class IssueReturnTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);

    private static StockDocument reviewedIssue(DocumentCategory category, Store store, NewLine... lines) {
        StockDocument issue = new StockDocument("OUT-0001", category, store, null, DATE, null, List.of(lines),
                "keeper1", NOW);
        issue.review("accountant1", NOW);
        return issue;
    }

    private static StockDocument returnOf(StockDocument issue, NewLine... lines) {
        return new StockDocument("OUT-0002", DocumentCategory.ISSUE_RETURN, issue.getStore(), null,
                new Reversal(issue, Map.of()), DATE, null, List.of(lines), "keeper1", NOW);
    }

    private static List<Problem> check(Store store, Reversal reversal, NewLine... lines) {
        return RedInkReturnPolicy.check(DocumentCategory.ISSUE_RETURN, store, reversal, List.of(lines));
    }

    @Test
    void aReturnToStockBringsTheLeftoversBackIntoTheStoreThatIssuedThem() {
        StockDocument issue = reviewedIssue(DocumentCategory.SELF_USE, ZBET_GOOD, line(HYDRAULIC_OIL, "20"));
        StockDocument leftovers = returnOf(issue, line(HYDRAULIC_OIL, "-4"));

        List<StockMovement> moved = leftovers.review(new Reversal(issue, Map.of()), "accountant1", NOW);

        assertEquals(1, moved.size());
        assertEquals(ZBET_GOOD, moved.get(0).store());
        assertEquals(0, new BigDecimal("4").compareTo(moved.get(0).delta()), "red ink on an issue brings stock in");
        assertEquals(Ink.RED, leftovers.getInk());
        assertEquals(issue, leftovers.getReverses());
    }

    @Test
    void itGivesBackAtMostWhatTheIssueTookOutWithItsOtherReturns() {
        StockDocument issue = reviewedIssue(DocumentCategory.SELF_USE, ZBET_GOOD, line(HYDRAULIC_OIL, "20"));
        assertTrue(check(ZBET_GOOD, new Reversal(issue, Map.of()), line(HYDRAULIC_OIL, "-20")).isEmpty());
        assertEquals(List.of(new Problem("line.quantity.exceedsIssue", 1, HYDRAULIC_OIL.getCode(), "OUT-0001", "20",
                        "15")),
                check(ZBET_GOOD, new Reversal(issue, Map.of(HYDRAULIC_OIL.getCode(), new BigDecimal("15"))),
                        line(HYDRAULIC_OIL, "-6")));
        assertEquals(List.of(new Problem("line.item.notOnIssue", 1, GEARBOX.getCode(), "OUT-0001")),
                check(ZBET_GOOD, new Reversal(issue, Map.of()), line(GEARBOX, "-1")));
    }

    @Test
    void serialsComeBackOnlyIfTheyLeftWithTheIssue() {
        StockDocument issue = reviewedIssue(DocumentCategory.SELF_USE, ZBET_GOOD,
                serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));
        assertTrue(check(ZBET_GOOD, new Reversal(issue, Map.of()), serialLine(PITCH_MOTOR, "-1", "PM-2")).isEmpty());
        assertEquals(List.of(new Problem("line.serial.notOnIssue", 1, PITCH_MOTOR.getCode(), "PM-9", "OUT-0001")),
                check(ZBET_GOOD, new Reversal(issue, Map.of()), serialLine(PITCH_MOTOR, "-1", "PM-9")));
    }

    @Test
    void onlyAReviewedIssueUsersEnteredOfTheSameStoreTakesReturns() {
        StockDocument receipt = reviewedReceipt(line(GEARBOX, "3"));
        StockDocument saved = new StockDocument("OUT-0004", DocumentCategory.SELF_USE, ZBET_GOOD, null, DATE, null,
                List.of(line(GEARBOX, "1")), "keeper1", NOW);
        StockDocument issue = reviewedIssue(DocumentCategory.SELF_USE, ZBET_GOOD, line(GEARBOX, "1"));

        for (Reversal named : List.of(new Reversal(receipt, Map.of()), new Reversal(saved, Map.of()))) {
            assertEquals(List.of("document.reverses.invalidIssue"), keys(check(ZBET_GOOD, named, line(GEARBOX, "-1"))));
        }
        assertEquals(List.of("document.reverses.invalidIssue"),
                keys(check(ZBET_DAMAGED, new Reversal(issue, Map.of()), line(GEARBOX, "-1"))), "another store");
        assertEquals(List.of("document.reverses.required"), keys(assertThrows(BusinessException.class,
                () -> new StockDocument("OUT-0005", DocumentCategory.ISSUE_RETURN, ZBET_GOOD, null, null, DATE, null,
                        List.of(line(GEARBOX, "-1")), "keeper1", NOW)).getProblems()));
        assertTrue(DocumentCategory.STORAGE_DAMAGE.returnedBy().isEmpty(), "its damage intake holds the parts");
        assertEquals(DocumentCategory.ISSUE_RETURN, DocumentCategory.SCRAP.returnedBy().orElseThrow());
        assertEquals(DocumentCategory.MATERIAL_RETURN, DocumentCategory.PURCHASE.returnedBy().orElseThrow());
        assertTrue(DocumentCategory.GOOD_TRANSFER_OUT.returnedBy().isEmpty(), "a transfer goes back on a slip");
    }

    @Test
    void aBatchComesBackWithTheExpiryDateItLeftWith() {
        StockDocument issue = reviewedIssue(DocumentCategory.SELF_USE, ZBET_GOOD, batchLine(GREASE, "3", "B7", null));
        issue.tookFromBatch(GREASE, "B7", EXPIRY);
        StockDocument leftovers = returnOf(issue, batchLine(GREASE, "-1", "B7", null));

        List<StockMovement> moved = leftovers.review(new Reversal(issue, Map.of()), "accountant1", NOW);

        assertEquals(List.of(new StockMovement.BatchDelta("B7", EXPIRY, BigDecimal.ONE)),
                moved.get(0).batches().stream().map(b -> new StockMovement.BatchDelta(b.batchNo(), b.expiryDate(),
                        b.delta().stripTrailingZeros())).toList());
    }

    @Test
    void whatIsLeftToReturnTakesOtherReturnsOffBatchesFirstThenLinesInOrder() {
        StockDocument issue = reviewedIssue(DocumentCategory.SELF_USE, ZBET_GOOD,
                line(HYDRAULIC_OIL, "5"), line(HYDRAULIC_OIL, "5"), batchLine(GREASE, "4", "B1", null),
                batchLine(GREASE, "4", "B2", null));
        Reversal partly = new Reversal(issue,
                Map.of(HYDRAULIC_OIL.getCode(), new BigDecimal("7"), GREASE.getCode(), new BigDecimal("3")),
                Map.of(new Reversal.BatchKey(GREASE.getCode(), "B2"), new BigDecimal("3")));

        List<String> left = RedInkReturnPolicy.leftToReturn(partly).stream()
                .map(l -> l.line().getLineNo() + ":" + l.quantity().stripTrailingZeros().toPlainString() + ":" + l.whole())
                .toList();

        assertEquals(List.of("2:3:false", "3:4:true", "4:1:false"), left);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::getMessageKey).toList();
    }
}
