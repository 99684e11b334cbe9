package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PMD;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldstock.domain.organisation.OrgUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role at every level against the requisitions of two sites of two BUs (ZBET of NC, GZBD of
 * NW): whose it sees, whose it drafts, whose it signs in its own role, and at whose emergencies it
 * links the requisition that followed. Written out, not derived.
 */
class CallerRequisitionMatrixTest {

    private static final List<OrgUnit> SITES = List.of(GZBD, ZBET);

    static Stream<Arguments> matrix() {
        return Stream.of(
                //           role                unit   sees         drafts   signs   links emergencies
                Arguments.of(Role.PLANNER, PO, "GZBD ZBET", "", "", "GZBD ZBET"),
                Arguments.of(Role.VIEWER, PO, "GZBD ZBET", "", "", ""),
                Arguments.of(Role.ACCOUNTANT, PMD, "GZBD ZBET", "", "", ""),
                Arguments.of(Role.ACCOUNTANT, NC, "ZBET", "", "", "ZBET"),
                Arguments.of(Role.BU_MANAGER, NC, "ZBET", "", "ZBET", ""),
                Arguments.of(Role.BU_MANAGER, NW, "GZBD", "", "GZBD", ""),
                Arguments.of(Role.BU_PLANNER, NC, "ZBET", "", "ZBET", "ZBET"),
                Arguments.of(Role.BU_PLANNER, ZBET, "", "", "", ""),
                Arguments.of(Role.BU_SUPERVISOR, NW, "GZBD", "", "GZBD", ""),
                Arguments.of(Role.VIEWER, NC, "ZBET", "", "", ""),
                Arguments.of(Role.KEEPER, ZBET, "ZBET", "ZBET", "", "ZBET"),
                Arguments.of(Role.SITE_CHIEF, ZBET, "ZBET", "ZBET", "ZBET", "ZBET"),
                Arguments.of(Role.SITE_CHIEF, GZBD, "GZBD", "GZBD", "GZBD", "GZBD"),
                Arguments.of(Role.SITE_CHIEF, NC, "", "", "", ""),
                Arguments.of(Role.ADMIN, PO, "", "", "", ""));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("matrix")
    void requisitionsOfEachRoleAtEachLevel(Role role, OrgUnit unit, String sees, String drafts, String signs,
            String links) {
        Caller caller = caller(unit, role);
        assertEquals(sees, sites(caller, Caller::maySeeRequisitionsOf), "sees");
        assertEquals(drafts, sites(caller, Caller::mayDraftRequisitionFor), "drafts");
        assertEquals(signs, sites(caller, (c, site) -> c.maySignRequisitionAs(role, site)), "signs as " + role);
        assertEquals(links, sites(caller, Caller::mayLinkRequisitionFor), "links to emergencies");
        for (Role other : Role.values()) {
            if (other != role) {
                assertEquals("", sites(caller, (c, site) -> c.maySignRequisitionAs(other, site)),
                        "signs only in a role it holds, not as " + other);
            }
        }
    }

    private static String sites(Caller caller, BiPredicate<Caller, OrgUnit> right) {
        return SITES.stream().filter(site -> right.test(caller, site)).map(OrgUnit::getCode)
                .collect(Collectors.joining(" "));
    }

    static Stream<Arguments> demandPlan() {
        return Stream.of(
                //           role                unit   reads plan of   plans
                Arguments.of(Role.PLANNER, PO, "NC NW", true),
                Arguments.of(Role.VIEWER, PO, "NC NW", false),
                Arguments.of(Role.ACCOUNTANT, PMD, "NC NW", false),
                Arguments.of(Role.ACCOUNTANT, NC, "NC", false),
                Arguments.of(Role.BU_PLANNER, NC, "NC", false),
                Arguments.of(Role.BU_SUPERVISOR, NW, "NW", false),
                Arguments.of(Role.KEEPER, ZBET, "NC", false),
                Arguments.of(Role.SITE_CHIEF, GZBD, "NW", false),
                Arguments.of(Role.ADMIN, PO, "", false));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("demandPlan")
    void theDemandPlanIsThePlanningOfficesAndEachBuReadsItsOwn(Role role, OrgUnit unit, String reads, boolean plans) {
        Caller caller = caller(unit, role);
        assertEquals(reads, Stream.of(NC, NW).filter(caller::maySeeDemandPlanOf).map(OrgUnit::getCode)
                .collect(Collectors.joining(" ")), "reads");
        assertEquals(plans, caller.mayPlanDemand(), "plans");
    }
}
