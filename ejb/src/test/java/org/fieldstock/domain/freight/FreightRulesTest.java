package org.fieldstock.domain.freight;

import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 3篇 3.2: who must approve a shipment's freight. */
class FreightRulesTest {

    private static final FreightRules RULES = FreightRules.SEED;

    @ParameterizedTest(name = "{0} {1} yuan (reference {2}): {3}")
    @CsvSource({
            "HIRED_VEHICLE, 1100.00, 1000, SITE_DECIDES",
            "HIRED_VEHICLE, 1100.01, 1000, BU",
            "HIRED_VEHICLE,  500,    1000, SITE_DECIDES",
            "AIR,             80,        , BU_MANAGER",
            "EXPRESS,        200,        , SITE_DECIDES",
            "EXPRESS,        200.01,     , BU"})
    void theSeedsRulesSayWhoApproves(FreightMode mode, BigDecimal amount, BigDecimal reference, FreightApproval needs) {
        assertEquals(needs, RULES.approvalFor(mode, amount, reference));
    }

    @Test
    void theThresholdsAreSettings() {
        FreightRules stricter = new FreightRules(new BigDecimal("5"), new BigDecimal("100"));
        assertEquals(FreightApproval.BU, stricter.approvalFor(FreightMode.HIRED_VEHICLE, new BigDecimal("1060"),
                new BigDecimal("1000")));
        assertEquals(FreightApproval.BU, stricter.approvalFor(FreightMode.EXPRESS, new BigDecimal("150"), null));
        assertEquals(new BigDecimal("1050.00"), stricter.vehicleLimit(new BigDecimal("1000")));
    }

    @Test
    void aShipmentNamesItsFiguresAndAHiredVehicleItsReferencePrice() {
        assertEquals(List.of("freight.reference.required"), keys(FreightRules.problems(FreightMode.HIRED_VEHICLE,
                BigDecimal.TEN, null)));
        assertEquals(List.of("freight.amount.invalid"), keys(FreightRules.problems(FreightMode.EXPRESS,
                new BigDecimal("-1"), null)));
        assertEquals(List.of("freight.mode.required", "freight.amount.invalid"), keys(FreightRules.problems(null, null,
                null)));
    }

    @Test
    void theBuAnswersItsRequestsAndOnlyItsManagerAirFreight() {
        assertTrue(caller(NC, Role.ACCOUNTANT).mayApproveFreight(ZBET_GOOD, FreightApproval.BU));
        assertTrue(caller(NC, Role.BU_MANAGER).mayApproveFreight(ZBET_GOOD, FreightApproval.BU));
        assertFalse(caller(NC, Role.ACCOUNTANT).mayApproveFreight(ZBET_GOOD, FreightApproval.BU_MANAGER));
        assertTrue(caller(NC, Role.BU_MANAGER).mayApproveFreight(ZBET_GOOD, FreightApproval.BU_MANAGER));
        assertFalse(caller(NW, Role.BU_MANAGER).mayApproveFreight(ZBET_GOOD, FreightApproval.BU_MANAGER), "another BU");
        assertFalse(caller(ZBET, Role.KEEPER).mayApproveFreight(ZBET_GOOD, FreightApproval.BU), "the site files");
        assertTrue(caller(PO, Role.PLANNER).mayApproveFreight(ZBET_GOOD, FreightApproval.BU_MANAGER));
        assertFalse(caller(PO, Role.PLANNER).mayApproveFreight(ZBET_GOOD, FreightApproval.SITE_DECIDES),
                "nothing to answer");
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::getMessageKey).toList();
    }
}
