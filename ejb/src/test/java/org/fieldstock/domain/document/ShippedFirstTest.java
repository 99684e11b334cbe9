package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.document;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.requisition.NewRequisitionLine;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Petty purchases and emergencies (2篇 2.2, 3篇 1.1): a petty purchase names its approved requisition
 * or goes ahead as an emergency whose requisition follows; only purchases are bought first; an
 * emergency waits for its requisition until one is linked, once.
 */
class ShippedFirstTest {

    private static Requisition requisition() {
        return new Requisition("REQ-1", ZBET, null, List.of(new NewRequisitionLine(GEARBOX, null, null,
                BigDecimal.ONE, null, "齿轮箱漏油 leaking")), "keeper", NOW);
    }

    @Test
    void aPettyPurchaseNeedsItsRequisitionOrTheEmergencyFlag() {
        StockDocument petty = document(DocumentCategory.PETTY_PURCHASE, ZBET_GOOD, line(GEARBOX, "1"));
        BusinessException none = assertThrows(BusinessException.class, () -> petty.fulfil(null, false));
        assertEquals(BusinessException.Kind.INVALID, none.getKind());
        assertEquals(List.of("document.pettyPurchase.requisitionRequired"), keys(none));

        Requisition asked = requisition();
        petty.fulfil(asked, false);
        assertSame(asked, petty.getRequisition());
        assertFalse(petty.isAwaitingRequisition());

        StockDocument emergency = document(DocumentCategory.PETTY_PURCHASE, ZBET_GOOD, line(GEARBOX, "1"));
        emergency.fulfil(null, true);
        assertTrue(emergency.isEmergency());
        assertTrue(emergency.isAwaitingRequisition());
        emergency.requireRequestWhereNeeded(BusinessException.Kind.CONFLICT);
    }

    @Test
    void aPlannedPurchaseMayGoWithoutAndOnlyPurchasesGoFirst() {
        StockDocument purchase = document(DocumentCategory.PURCHASE, ZBET_GOOD, line(GEARBOX, "1"));
        purchase.fulfil(null, false);
        assertNull(purchase.getRequisition());
        assertFalse(purchase.isAwaitingRequisition(), "not flagged: on no list");

        StockDocument selfUse = document(DocumentCategory.SELF_USE, ZBET_GOOD, line(GEARBOX, "1"));
        BusinessException notAPurchase = assertThrows(BusinessException.class, () -> selfUse.fulfil(null, true));
        assertEquals(List.of("document.emergency.notAPurchase"), keys(notAPurchase));
        StockDocument intake = document(DocumentCategory.DAMAGE_INTAKE, ZBET_DAMAGED, line(GEARBOX, "1"));
        assertThrows(BusinessException.class, () -> intake.fulfil(null, true));
    }

    @Test
    void anEmergencyIsFollowedByOneRequisitionEvenAfterItsReviewAndNotOnceDeleted() {
        StockDocument emergency = document(DocumentCategory.PURCHASE, ZBET_GOOD, line(GEARBOX, "1"));
        emergency.fulfil(null, true);
        emergency.review("accountant", NOW);
        Requisition followUp = requisition();
        emergency.followedBy(followUp);
        assertSame(followUp, emergency.getRequisition());
        assertFalse(emergency.isAwaitingRequisition());
        assertTrue(emergency.isEmergency(), "it stays an emergency in its history");
        BusinessException twice = assertThrows(BusinessException.class, () -> emergency.followedBy(requisition()));
        assertEquals(BusinessException.Kind.CONFLICT, twice.getKind());
        assertEquals(List.of("requisition.link.notAwaiting"), keys(twice));

        StockDocument deleted = document(DocumentCategory.PURCHASE, ZBET_GOOD, line(GEARBOX, "1"));
        deleted.fulfil(null, true);
        deleted.delete("accountant", NOW);
        assertFalse(deleted.isAwaitingRequisition(), "a deleted emergency leaves the list");
        assertThrows(BusinessException.class, () -> deleted.followedBy(requisition()));

        StockDocument planned = document(DocumentCategory.PURCHASE, ZBET_GOOD, line(GEARBOX, "1"));
        planned.fulfil(null, false);
        assertThrows(BusinessException.class, () -> planned.followedBy(requisition()), "not an emergency");
    }
}
