package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.fieldstock.domain.DomainFixtures.document;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

class StockDocumentLifecycleTest {

    private static final StockDocumentLifecycle RULES = StockDocumentLifecycle.RULES;
    private static final Function<Lifecycle.BookDay, Optional<Refusal>> ALL_OPEN = day -> Optional.empty();
    private static final Function<Lifecycle.BookDay, Optional<Refusal>> ALL_CLOSED = day -> Optional.of(
            Refusal.conflict("closing.monthClosed", day.documentNumber()));

    private static final Caller KEEPER = caller(ZBET, Role.KEEPER);
    private static final Caller ACCOUNTANT = caller(NC, Role.ACCOUNTANT);
    private static final Caller OTHER_ACCOUNTANT = caller(NW, Role.ACCOUNTANT);
    private static final Caller PLANNER = caller(PO, Role.PLANNER);

    private static StockDocumentLifecycle.Subject subject(StockDocument document) {
        return new StockDocumentLifecycle.Subject(document, Optional.empty(), () -> false);
    }

    private static String reason(DocumentAction action, StockDocument document, Caller caller) {
        return RULES.whyNot(action, subject(document), caller, ALL_OPEN).map(r -> r.reason().getMessageKey())
                .orElse(null);
    }

    @Test
    void aSavedDocumentMayBeModifiedAndDeletedByItsKeeperAndReviewedByItsBu() {
        StockDocument saved = purchase(line(BOLT, "5"));
        assertEquals(EnumSet.of(DocumentAction.MODIFY, DocumentAction.DELETE),
                RULES.allowedActions(subject(saved), KEEPER, ALL_OPEN).allowed());
        assertEquals(EnumSet.of(DocumentAction.MODIFY, DocumentAction.REVIEW, DocumentAction.DELETE),
                RULES.allowedActions(subject(saved), ACCOUNTANT, ALL_OPEN).allowed());
        AllowedActions keeper = RULES.allowedActions(subject(saved), KEEPER, ALL_OPEN);
        assertEquals(BusinessException.Kind.FORBIDDEN, keeper.whyNot(DocumentAction.REVIEW).orElseThrow().kind());
        assertEquals("access.denied.review",
                keeper.whyNot(DocumentAction.REVIEW).orElseThrow().reason().getMessageKey());
    }

    @Test
    void anotherBuSeesTheRefusalOfItsScopeBeforeAnythingElse() {
        StockDocument reviewed = purchase(line(BOLT, "5"));
        reviewed.review("accountant", NOW);
        assertEquals("access.denied.review", reason(DocumentAction.UNREVIEW, reviewed, OTHER_ACCOUNTANT));
        assertEquals("access.denied.enter", reason(DocumentAction.MODIFY, reviewed, OTHER_ACCOUNTANT));
    }

    @Test
    void aReviewedDocumentMayOnlyBeUnreviewedAndSaysWhyNotTheRest() {
        StockDocument reviewed = purchase(line(BOLT, "5"));
        reviewed.review("accountant", NOW);
        AllowedActions actions = RULES.allowedActions(subject(reviewed), ACCOUNTANT, ALL_OPEN);
        assertEquals(EnumSet.of(DocumentAction.UNREVIEW), actions.allowed());
        assertEquals("document.action.notAllowed",
                actions.whyNot(DocumentAction.MODIFY).orElseThrow().reason().getMessageKey());
        assertEquals(BusinessException.Kind.CONFLICT, actions.whyNot(DocumentAction.DELETE).orElseThrow().kind());
    }

    /** The editor offered Unreview on stocktake adjustments, which the service always refused. */
    @Test
    void aStocktakeAdjustmentIsFinalForEveryone() {
        StockDocument gain = document(DocumentCategory.STOCKTAKE_GAIN, ZBET_GOOD, line(BOLT, "2"));
        gain.review("planner", NOW);
        AllowedActions actions = RULES.allowedActions(subject(gain), PLANNER, ALL_OPEN);
        assertTrue(actions.allowed().isEmpty(), actions.toString());
        assertEquals("document.generatedByStocktake",
                actions.whyNot(DocumentAction.UNREVIEW).orElseThrow().reason().getMessageKey());
    }

    @Test
    void aTransferDocumentChangesOnlyThroughItsSlipWhichMayRefuseItsReview() {
        StockDocument transferIn = document(DocumentCategory.GOOD_TRANSFER_IN, ZBET_GOOD, line(BOLT, "2"));
        assertEquals("document.generatedByTransfer", reason(DocumentAction.MODIFY, transferIn, ACCOUNTANT));
        assertEquals("document.generatedByTransfer", reason(DocumentAction.DELETE, transferIn, ACCOUNTANT));
        assertEquals(null, reason(DocumentAction.REVIEW, transferIn, ACCOUNTANT));
        DocumentGenerator notShipped = (action, document) -> action == DocumentAction.REVIEW
                ? Optional.of(Refusal.conflict("transfer.inbound.notShipped", document.getNumber(), "OUT-1"))
                : Optional.empty();
        assertEquals("transfer.inbound.notShipped", RULES.whyNot(DocumentAction.REVIEW,
                new StockDocumentLifecycle.Subject(transferIn, Optional.of(notShipped), () -> false), ACCOUNTANT,
                ALL_OPEN).orElseThrow().reason().getMessageKey());
    }

    @Test
    void aClosedMonthRefusesEveryChangeOfADocumentDatedInIt() {
        StockDocument saved = purchase(line(BOLT, "5"));
        for (DocumentAction action : List.of(DocumentAction.MODIFY, DocumentAction.REVIEW, DocumentAction.DELETE)) {
            Refusal refusal = RULES.whyNot(action, subject(saved), ACCOUNTANT, ALL_CLOSED).orElseThrow();
            assertEquals("closing.monthClosed", refusal.reason().getMessageKey(), action.name());
        }
        assertEquals(List.of(new Lifecycle.BookDay(ZBET_GOOD, DATE, saved.getNumber())),
                RULES.booksTouched(DocumentAction.REVIEW, subject(saved)));
    }

    @Test
    void aReceiptWithReviewedReturnsIsNotUnreviewedUntilTheyAre() {
        StockDocument reviewed = purchase(line(BOLT, "5"));
        reviewed.review("accountant", NOW);
        Optional<Refusal> refusal = RULES.whyNot(DocumentAction.UNREVIEW,
                new StockDocumentLifecycle.Subject(reviewed, Optional.empty(), () -> true), ACCOUNTANT, ALL_OPEN);
        assertEquals("document.hasReviewedReturns", refusal.orElseThrow().reason().getMessageKey());
    }

    @Test
    void anInactiveStoreTakesNoReview() {
        StockDocument saved = document(DocumentCategory.PURCHASE,
                new Store("ZBET-X", StoreKind.GOOD, ZBET, "张北旧库", "ZBET old store"), line(BOLT, "5"));
        saved.getStore().deactivate(false);
        assertEquals("store.inactive", reason(DocumentAction.REVIEW, saved, ACCOUNTANT));
        assertFalse(RULES.allowedActions(subject(saved), ACCOUNTANT, ALL_OPEN).allows(DocumentAction.REVIEW));
    }
}
