package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

/** 出库复核: where a rule asks for it, a second person checks a saved outbound before its review. */
class OutboundCheckTest {

    private static final StockDocumentLifecycle RULES = StockDocumentLifecycle.RULES;
    private static final Caller KEEPER = caller(ZBET, Role.KEEPER);
    private static final Caller ACCOUNTANT = caller(NC, Role.ACCOUNTANT);
    private static final Caller VIEWER = caller(NC, Role.VIEWER);

    private static StockDocument issueEnteredBy(String user) {
        return new StockDocument("OUT-0001", DocumentCategory.SELF_USE, ZBET_GOOD, null, DATE, null,
                List.of(line(BOLT, "2")), user, NOW);
    }

    private static StockDocumentLifecycle.Subject required(StockDocument document) {
        return new StockDocumentLifecycle.Subject(document, Optional.empty(), () -> false, () -> true);
    }

    private static String reason(DocumentAction action, StockDocumentLifecycle.Subject subject, Caller caller) {
        return RULES.whyNot(action, subject, caller, day -> Optional.<Refusal>empty())
                .map(r -> r.reason().getMessageKey()).orElse(null);
    }

    @Test
    void aRequiredCheckComesBeforeTheReviewAndIsMadeBySomeoneElse() {
        StockDocument issue = issueEnteredBy(KEEPER.getUsername());

        assertEquals("document.check.missing", reason(DocumentAction.REVIEW, required(issue), ACCOUNTANT));
        assertEquals("document.check.sameUser", reason(DocumentAction.CHECK, required(issue), KEEPER));
        assertEquals("access.denied.enter", reason(DocumentAction.CHECK, required(issue), VIEWER));
        assertNull(reason(DocumentAction.CHECK, required(issue), ACCOUNTANT), "the BU's accountant checks it");

        issue.check(ACCOUNTANT.getUsername(), NOW);

        assertEquals(ACCOUNTANT.getUsername(), issue.getCheckedBy());
        assertNull(reason(DocumentAction.REVIEW, required(issue), ACCOUNTANT));
        assertEquals("document.check.done", reason(DocumentAction.CHECK, required(issue), ACCOUNTANT), "once");
    }

    @Test
    void changingTheIssueAfterTheCheckAsksForANewOne() {
        StockDocument issue = issueEnteredBy("someone");
        issue.check(KEEPER.getUsername(), NOW);
        issue.modify(null, null, null, DATE, "one more", List.of(line(BOLT, "3")), "someone", NOW);

        assertFalse(issue.isChecked());
        assertEquals("document.check.missing", reason(DocumentAction.REVIEW, required(issue), ACCOUNTANT));
        assertEquals("document.check.sameUser", reason(DocumentAction.CHECK, required(issue),
                new Caller("someone", java.util.EnumSet.of(Role.ACCOUNTANT), NC)), "who changed it last");
    }

    @Test
    void withoutARuleNothingWaitsAndNothingIsChecked() {
        StockDocument issue = issueEnteredBy(KEEPER.getUsername());
        StockDocumentLifecycle.Subject free = new StockDocumentLifecycle.Subject(issue, Optional.empty(), () -> false);

        assertNull(reason(DocumentAction.REVIEW, free, ACCOUNTANT));
        assertEquals("document.check.notRequired", reason(DocumentAction.CHECK, free, ACCOUNTANT));
        assertEquals("document.check.notRequired", reason(DocumentAction.CHECK, required(purchase(line(BOLT, "1"))),
                ACCOUNTANT), "receipts are not checked");
        issue.review("accountant", NOW);
        assertEquals("document.action.notAllowed", reason(DocumentAction.CHECK,
                new StockDocumentLifecycle.Subject(issue, Optional.empty(), () -> false, () -> true), ACCOUNTANT),
                "a reviewed issue is past its check");
    }

    @Test
    void aRuleCoversItsBuAndCategoryOrEveryOne() {
        OutboundCheckRule selfUseInNc = new OutboundCheckRule(NC, DocumentCategory.SELF_USE, "planner", NOW);
        OutboundCheckRule everyOutboundEverywhere = new OutboundCheckRule(null, null, "planner", NOW);
        OutboundCheckRule inNw = new OutboundCheckRule(NW, null, "planner", NOW);

        assertTrue(selfUseInNc.covers(DocumentCategory.SELF_USE, ZBET_GOOD), "ZBET is a site of NC");
        assertFalse(selfUseInNc.covers(DocumentCategory.SCRAP, ZBET_GOOD));
        assertTrue(everyOutboundEverywhere.covers(DocumentCategory.GOOD_TRANSFER_OUT, ZBET_GOOD));
        assertFalse(everyOutboundEverywhere.covers(DocumentCategory.STOCKTAKE_LOSS, ZBET_GOOD), "a count is approved");
        assertFalse(everyOutboundEverywhere.covers(DocumentCategory.ISSUE_RETURN, ZBET_GOOD), "red ink brings goods in");
        assertFalse(everyOutboundEverywhere.covers(DocumentCategory.PURCHASE, ZBET_GOOD));
        assertFalse(inNw.covers(DocumentCategory.SELF_USE, ZBET_GOOD));
        assertEquals(List.of("outboundCheck.category.notCheckable"), assertThrows(BusinessException.class,
                () -> new OutboundCheckRule(NC, DocumentCategory.PURCHASE, "planner", NOW)).getProblems().stream()
                .map(p -> p.getMessageKey()).toList());
    }
}
