package org.fieldstock.domain.requisition;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

/**
 * A requisition's way: drafted at the site, signed by its chief (filed, the planner's clock of a day
 * starts), checked by the BU planner, signed by the supervisor and the manager, approved; the
 * receipts close it. Each step only by its own signer of the site or its BU, in turn.
 */
class RequisitionTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Caller KEEPER = caller(ZBET, Role.KEEPER);
    private static final Caller CHIEF = caller(ZBET, Role.SITE_CHIEF);
    private static final Caller PLANNER = caller(NC, Role.BU_PLANNER);
    private static final Caller SUPERVISOR = caller(NC, Role.BU_SUPERVISOR);
    private static final Caller MANAGER = caller(NC, Role.BU_MANAGER);

    private static NewRequisitionLine line(org.fieldstock.domain.item.Item item, String quantity, String reason) {
        return new NewRequisitionLine(item, null, null, quantity == null ? null : new BigDecimal(quantity), null,
                reason);
    }

    private static Requisition draft() {
        return new Requisition("REQ-1", ZBET, null, List.of(line(PITCH_MOTOR, "2", "A03 变桨电机烧毁 burnt"),
                line(BOLT, "40", "塔筒螺栓更换 tower bolts")), "keeper", NOW);
    }

    @Test
    void aSiteDraftsLinesOnTheListsOfTheirItemsWithNameSpecUnitAndNormalUrgency() {
        Requisition requisition = draft();
        assertEquals(RequisitionStatus.DRAFT, requisition.getStatus());
        RequisitionLine motor = requisition.getLines().get(0);
        assertEquals(RequisitionLineKind.SPARE, motor.getKind());
        assertEquals(Urgency.NORMAL, motor.getUrgency());
        assertEquals("变桨电机 Pitch motor", motor.getName());
        assertEquals("台 unit", motor.getUnit());
        assertEquals(List.of(RequisitionEvent.Step.CREATED),
                requisition.getEvents().stream().map(RequisitionEvent::getStep).toList());
    }

    @Test
    void badLinesAreRefusedEachByItsNumber() {
        BusinessException e = assertThrows(BusinessException.class, () -> new Requisition("REQ-1", ZBET, null,
                List.of(line(PITCH_MOTOR, "1", null), line(PITCH_MOTOR, "1.5", "x"), line(HYDRAULIC_OIL, "0", "x"),
                        line(null, "1", "x"), line(BOLT, null, "x")), "keeper", NOW));
        assertEquals(List.of("requisition.line.reasonRequired", "line.quantity.wholeUnits",
                "line.quantity.mustBePositive", "requisition.line.itemRequired", "line.quantity.required"), keys(e));
        assertEquals(List.of("requisition.lines.none"), keys(assertThrows(BusinessException.class,
                () -> new Requisition("REQ-1", ZBET, null, List.of(), "keeper", NOW))));
        assertEquals(List.of("requisition.site.notASite"), keys(assertThrows(BusinessException.class,
                () -> new Requisition("REQ-1", NC, null, List.of(line(BOLT, "1", "x")), "keeper", NOW))));
    }

    @Test
    void theChiefsSignatureFilesItAndStartsTheCheckClockOfADay() {
        Requisition requisition = draft();
        Instant nine = Instant.parse("2026-03-02T01:00:00Z");
        requisition.perform(RequisitionAction.SIGN, null, CHIEF, nine, DAY);
        assertEquals(RequisitionStatus.FILED, requisition.getStatus());
        assertEquals(nine.plus(DAY), requisition.getCheckDueAt());
        assertFalse(requisition.isCheckOverdue(nine.plus(DAY)), "due by the same time the next day");
        assertTrue(requisition.isCheckOverdue(nine.plus(DAY).plusSeconds(1)), "overdue after");
        assertEquals(Role.BU_PLANNER, requisition.waitingFor().orElseThrow());
    }

    @Test
    void eachSignatureIsGivenInTurnByItsOwnSignerOfTheSiteOrItsBu() {
        Requisition requisition = draft();
        assertEquals(List.of("requisition.action.notYours"),
                keys(assertThrows(BusinessException.class, () -> requisition.perform(RequisitionAction.SIGN, null,
                        KEEPER, NOW, DAY))), "a keeper drafts, the chief signs");
        assertEquals(List.of("requisition.action.notNow"), keys(assertThrows(BusinessException.class,
                () -> requisition.perform(RequisitionAction.CHECK, null, PLANNER, NOW, DAY))), "out of turn");
        requisition.perform(RequisitionAction.SIGN, null, CHIEF, NOW, DAY);
        assertTrue(requisition.whyNot(RequisitionAction.CHECK, caller(NW, Role.BU_PLANNER)).isPresent(),
                "another BU's planner");
        assertTrue(requisition.whyNot(RequisitionAction.MODIFY, KEEPER).isPresent(), "signed: no more changes");
        requisition.perform(RequisitionAction.CHECK, null, PLANNER, NOW.plusSeconds(60), DAY);
        assertTrue(requisition.whyNot(RequisitionAction.APPROVE, MANAGER).isPresent(), "the supervisor first");
        requisition.perform(RequisitionAction.SUPERVISE, null, SUPERVISOR, NOW.plusSeconds(120), DAY);
        requisition.perform(RequisitionAction.APPROVE, null, MANAGER, NOW.plusSeconds(180), DAY);
        assertEquals(RequisitionStatus.APPROVED, requisition.getStatus());
        assertEquals(List.of(RequisitionEvent.Step.CREATED, RequisitionEvent.Step.SIGN, RequisitionEvent.Step.CHECK,
                RequisitionEvent.Step.SUPERVISE, RequisitionEvent.Step.APPROVE),
                requisition.getEvents().stream().map(RequisitionEvent::getStep).toList());
        assertTrue(requisition.whyNot(RequisitionAction.SEND_BACK, MANAGER).isPresent(), "approved: gone to delivery");
        assertTrue(requisition.whyNot(RequisitionAction.SIGN, caller(PO, Role.PLANNER)).isPresent());
    }

    @Test
    void aSignerSendsItBackWithAReasonAndTheSiteChangesItOrRefusesItForGood() {
        Requisition requisition = draft();
        requisition.perform(RequisitionAction.SIGN, null, CHIEF, NOW, DAY);
        assertEquals(List.of("requisition.reasonRequired"), keys(assertThrows(BusinessException.class,
                () -> requisition.perform(RequisitionAction.SEND_BACK, " ", PLANNER, NOW, DAY))));
        assertTrue(requisition.whyNot(RequisitionAction.SEND_BACK, SUPERVISOR).isPresent(), "not the supervisor's step");
        requisition.perform(RequisitionAction.SEND_BACK, "数量偏多 too many bolts", PLANNER, NOW, DAY);
        assertEquals(RequisitionStatus.DRAFT, requisition.getStatus());
        assertNull(requisition.getCheckDueAt(), "the clock starts again when it is signed again");
        requisition.modify(null, List.of(line(BOLT, "20", "塔筒螺栓更换 tower bolts")), "keeper", NOW);
        assertEquals(1, requisition.getLines().size());
        requisition.perform(RequisitionAction.SIGN, null, CHIEF, NOW, DAY);
        requisition.perform(RequisitionAction.REFUSE, "本月已配送 shipped this month", PLANNER, NOW, DAY);
        assertEquals(RequisitionStatus.REFUSED, requisition.getStatus());
        assertFalse(requisition.getStatus().isOpen());
        assertEquals("数量偏多 too many bolts", requisition.getEvents().stream()
                .filter(e -> e.getStep() == RequisitionEvent.Step.SEND_BACK).findFirst().orElseThrow().getReason());
    }

    @Test
    void onlyTheSitesOwnPeopleDraftAndWithdrawItsRequisitions() {
        Requisition requisition = draft();
        assertTrue(requisition.whyNot(RequisitionAction.MODIFY, caller(GZBD, Role.KEEPER)).isPresent());
        assertTrue(requisition.whyNot(RequisitionAction.MODIFY, CHIEF).isEmpty());
        requisition.perform(RequisitionAction.WITHDRAW, null, KEEPER, NOW, DAY);
        assertEquals(RequisitionStatus.WITHDRAWN, requisition.getStatus());
        assertFalse(requisition.getStatus().isOpen());
    }

    @Test
    void theReceiptsCloseItOnceEveryLineHasAllItAskedForAndOpenItAgainWhenTakenBack() {
        Requisition requisition = draft();
        requisition.perform(RequisitionAction.SIGN, null, CHIEF, NOW, DAY);
        requisition.perform(RequisitionAction.CHECK, null, PLANNER, NOW, DAY);
        requisition.perform(RequisitionAction.SUPERVISE, null, SUPERVISOR, NOW, DAY);
        requisition.perform(RequisitionAction.APPROVE, null, MANAGER, NOW, DAY);
        RequisitionLine motor = requisition.getLines().get(0);
        RequisitionLine bolts = requisition.getLines().get(1);
        requisition.delivered(Map.of(motor, new BigDecimal("2"), bolts, new BigDecimal("39")), "accountant", NOW);
        assertEquals(RequisitionStatus.APPROVED, requisition.getStatus(), "a partial delivery keeps it open");
        requisition.delivered(Map.of(motor, new BigDecimal("2"), bolts, new BigDecimal("40")), "accountant", NOW);
        assertEquals(RequisitionStatus.CLOSED, requisition.getStatus());
        requisition.delivered(Map.of(motor, new BigDecimal("2")), "accountant", NOW);
        assertEquals(RequisitionStatus.APPROVED, requisition.getStatus(), "a receipt taken back opens it again");
    }

    @Test
    void aPastWeekReadsTheRequisitionAsItStoodThenAndALateCheckStaysLate() {
        Requisition requisition = draft();
        Instant monday = Instant.parse("2026-03-02T00:00:00Z");
        Instant filed = monday.plus(Duration.ofHours(9));
        requisition.perform(RequisitionAction.SIGN, null, CHIEF, filed, DAY);
        assertEquals(java.util.Optional.of(RequisitionStatus.DRAFT), requisition.statusAt(filed.minusSeconds(1)));
        assertEquals(java.util.Optional.empty(), requisition.statusAt(NOW.minus(Duration.ofDays(30))), "not drafted yet");
        assertFalse(requisition.checkLateAt(filed.plus(Duration.ofHours(23)), DAY), "the clock still runs");
        assertTrue(requisition.checkLateAt(filed.plus(Duration.ofHours(25)), DAY), "a day has passed unchecked");

        Instant checked = filed.plus(Duration.ofHours(30));
        requisition.perform(RequisitionAction.CHECK, null, PLANNER, checked, DAY);
        assertTrue(requisition.checkLateAt(checked.plus(Duration.ofDays(3)), DAY), "checked after its day: late");
        assertEquals(java.util.Optional.of(RequisitionStatus.FILED), requisition.statusAt(checked.minusSeconds(1)));
        assertEquals(java.util.Optional.of(RequisitionStatus.CHECKED), requisition.statusAt(checked));
        assertEquals(java.util.Optional.of(filed), requisition.filedBy(checked));
        assertEquals(List.of(RequisitionEvent.Step.CREATED, RequisitionEvent.Step.SIGN, RequisitionEvent.Step.CHECK),
                requisition.stepsBetween(monday, monday.plus(Duration.ofDays(7))).stream()
                        .map(RequisitionEvent::getStep).toList());
        assertEquals(List.of(RequisitionEvent.Step.CHECK), requisition.stepsBetween(checked, checked.plusSeconds(1))
                .stream().map(RequisitionEvent::getStep).toList(), "from inclusive");

        Requisition inTime = draft();
        inTime.perform(RequisitionAction.SIGN, null, CHIEF, filed, DAY);
        inTime.perform(RequisitionAction.CHECK, null, PLANNER, filed.plus(Duration.ofHours(2)), DAY);
        assertFalse(inTime.checkLateAt(filed.plus(Duration.ofDays(5)), DAY));
    }
}
