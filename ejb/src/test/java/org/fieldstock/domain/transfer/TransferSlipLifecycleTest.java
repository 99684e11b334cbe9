package org.fieldstock.domain.transfer;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NC_GOOD;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.Lifecycle;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

class TransferSlipLifecycleTest {

    private static final TransferSlipLifecycle RULES = TransferSlipLifecycle.RULES;
    private static final Function<Lifecycle.BookDay, Optional<Refusal>> ALL_OPEN = day -> Optional.empty();
    private static final Caller ACCOUNTANT = caller(NC, Role.ACCOUNTANT);
    private static final Caller OTHER_ACCOUNTANT = caller(NW, Role.ACCOUNTANT);
    private static final Caller PLANNER = caller(PO, Role.PLANNER);

    private static TransferSlip intraBu() {
        return new TransferSlip("TR-1", StoreKind.GOOD, ZBET_GOOD, NC_GOOD, DATE, TransferTerms.NONE,
                List.of(line(BOLT, "3")), "accountant", NOW);
    }

    @Test
    void theBuArrangesItsOwnSlipAndNoOtherBuDoes() {
        TransferSlip slip = intraBu();
        assertEquals(EnumSet.of(DocumentAction.MODIFY, DocumentAction.REVIEW, DocumentAction.DELETE),
                RULES.allowedActions(slip, ACCOUNTANT, ALL_OPEN).allowed());
        assertEquals("access.denied.transfer", RULES.whyNot(DocumentAction.REVIEW, slip, OTHER_ACCOUNTANT, ALL_OPEN)
                .orElseThrow().reason().getMessageKey());
    }

    @Test
    void reviewTouchesBothStoresBooksOnTheSlipDateAndUnreviewThoseOfItsDocuments() {
        TransferSlip slip = intraBu();
        assertEquals(List.of(new Lifecycle.BookDay(ZBET_GOOD, DATE, "TR-1"), new Lifecycle.BookDay(NC_GOOD, DATE, "TR-1")),
                RULES.booksTouched(DocumentAction.REVIEW, slip));
        assertEquals(List.of(), RULES.booksTouched(DocumentAction.MODIFY, slip));
        slip.review("OUT-1", "IN-1", Map.of(), "accountant", NOW);
        assertEquals(List.of(new Lifecycle.BookDay(ZBET_GOOD, DATE, "OUT-1"), new Lifecycle.BookDay(NC_GOOD, DATE, "IN-1")),
                RULES.booksTouched(DocumentAction.UNREVIEW, slip));
        assertEquals("OUT-1 IN-1", TransferSlipLifecycle.generated(slip));
    }

    /** The slip page offered Unreview only while the goods had not left: the rule is now the lifecycle's. */
    @Test
    void aShippedSlipIsNotUnreviewed() {
        TransferSlip slip = intraBu();
        slip.review("OUT-1", "IN-1", Map.of(), "accountant", NOW);
        assertEquals(EnumSet.of(DocumentAction.UNREVIEW), RULES.allowedActions(slip, PLANNER, ALL_OPEN).allowed());
        slip.getOutbound().review("accountant", NOW);
        assertEquals("transfer.unreview.shipped", RULES.whyNot(DocumentAction.UNREVIEW, slip, PLANNER, ALL_OPEN)
                .orElseThrow().reason().getMessageKey());
    }
}
