package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.ALL_STORES;
import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role at every level of the organisation against every store: which stores it may read,
 * enter documents for, review, and approve for. The expected sets are written out, not derived.
 */
class CallerScopeMatrixTest {

    private static final String ALL = "GZBD-D GZBD-G NC-D NC-G NW-G ZBET-D ZBET-G";
    private static final String NC_BU = "NC-D NC-G ZBET-D ZBET-G";
    private static final String ZBET_SITE = "ZBET-D ZBET-G";
    private static final String NONE = "";

    static Stream<Arguments> matrix() {
        return Stream.of(
                //           role            unit  read       enter      review     approve
                row(Role.PLANNER, PO, ALL, ALL, ALL, ALL),
                row(Role.PLANNER, NC, NONE, NONE, NONE, NONE),
                row(Role.ACCOUNTANT, NC, ALL, NC_BU, NC_BU, NONE),
                row(Role.ACCOUNTANT, ZBET, NONE, NONE, NONE, NONE),
                row(Role.ACCOUNTANT, PO, NONE, NONE, NONE, NONE),
                row(Role.BU_MANAGER, NC, NC_BU, NONE, NONE, NC_BU),
                row(Role.BU_MANAGER, NW, "GZBD-D GZBD-G NW-G", NONE, NONE, "GZBD-D GZBD-G NW-G"),
                row(Role.BU_MANAGER, ZBET, NONE, NONE, NONE, NONE),
                row(Role.KEEPER, ZBET, ZBET_SITE, ZBET_SITE, NONE, NONE),
                row(Role.KEEPER, GZBD, "GZBD-D GZBD-G", "GZBD-D GZBD-G", NONE, NONE),
                row(Role.KEEPER, NC, NONE, NONE, NONE, NONE),
                row(Role.VIEWER, PO, ALL, NONE, NONE, NONE),
                row(Role.VIEWER, NC, NC_BU, NONE, NONE, NONE),
                row(Role.VIEWER, ZBET, ZBET_SITE, NONE, NONE, NONE),
                row(Role.ADMIN, PO, NONE, NONE, NONE, NONE),
                row(Role.ADMIN, NC, NONE, NONE, NONE, NONE));
    }

    private static Arguments row(Role role, OrgUnit unit, String read, String enter, String review, String approve) {
        return Arguments.of(role, unit, read, enter, review, approve);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("matrix")
    void scopeOfEachRoleAtEachLevel(Role role, OrgUnit unit, String read, String enter, String review,
            String approve) {
        Caller caller = caller(unit, role);

        assertEquals(read, stores(caller, Caller::mayRead), "read");
        assertEquals(enter, stores(caller, Caller::mayEnterDocumentsFor), "enter");
        assertEquals(review, stores(caller, Caller::mayReviewDocumentsFor), "review");
        assertEquals(approve, stores(caller, Caller::mayApproveFor), "approve");
        assertEquals(read.equals(ALL), caller.readsEveryStore(), "reads every store");
        assertEquals(read, stores(caller, (c, store) -> c.readScope().includes(store)), "read scope of the lists");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("matrix")
    void onlyTheAdministratorAloneDoesNoStockWork(Role role, OrgUnit unit, String read, String enter,
            String review, String approve) {
        Caller caller = caller(unit, role);

        assertEquals(!read.isEmpty(), caller.worksWithStock(), "stock work");
    }

    static Stream<Arguments> ownScopes() {
        return Stream.of(
                //           role            unit  own: what the work lists show unless asked for a store
                Arguments.of(Role.PLANNER, PO, ALL),
                Arguments.of(Role.ACCOUNTANT, NC, NC_BU),
                Arguments.of(Role.ACCOUNTANT, ZBET, NONE),
                Arguments.of(Role.BU_MANAGER, NW, "GZBD-D GZBD-G NW-G"),
                Arguments.of(Role.KEEPER, ZBET, ZBET_SITE),
                Arguments.of(Role.VIEWER, PO, ALL),
                Arguments.of(Role.VIEWER, ZBET, ZBET_SITE),
                Arguments.of(Role.ADMIN, PO, NONE));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("ownScopes")
    void theWorkListsShowTheOwnUnitAndWhatLiesUnderIt(Role role, OrgUnit unit, String own) {
        Caller caller = caller(unit, role);

        assertEquals(own, stores(caller, (c, store) -> c.ownScope().includes(store)), "own scope");
        assertEquals(own, stores(caller, (c, store) -> c.ownScope().includes(store) && c.mayRead(store)),
                "only stores it reads");
    }

    static Stream<Arguments> reportScopes() {
        return Stream.of(
                //           role            unit  report on  stores it covers
                Arguments.of(Role.PLANNER, PO, PO, ALL),
                Arguments.of(Role.PLANNER, PO, NW, "GZBD-D GZBD-G NW-G"),
                Arguments.of(Role.ACCOUNTANT, NC, PO, ALL),
                Arguments.of(Role.ACCOUNTANT, NC, GZBD, "GZBD-D GZBD-G"),
                Arguments.of(Role.BU_MANAGER, NC, PO, NC_BU),
                Arguments.of(Role.BU_MANAGER, NC, ZBET, ZBET_SITE),
                Arguments.of(Role.BU_MANAGER, NC, NW, NONE),
                Arguments.of(Role.KEEPER, ZBET, NC, ZBET_SITE),
                Arguments.of(Role.KEEPER, ZBET, GZBD, NONE),
                Arguments.of(Role.VIEWER, NC, NC, NC_BU),
                Arguments.of(Role.VIEWER, ZBET, PO, ZBET_SITE),
                Arguments.of(Role.ADMIN, PO, PO, NONE));
    }

    @ParameterizedTest(name = "{0} at {1} on {2}")
    @MethodSource("reportScopes")
    void aReportOnAUnitCoversWhatTheCallerReadsUnderIt(Role role, OrgUnit unit, OrgUnit reportedOn, String stores) {
        Caller caller = caller(unit, role);

        assertEquals(stores, stores(caller, (c, store) -> c.readScope().narrowedTo(reportedOn).includes(store)));
        assertEquals(stores, stores(caller, (c, store) -> c.readScope().narrowedTo(reportedOn).includes(store)
                && c.mayRead(store)), "only stores it reads");
    }

    static Stream<Arguments> keepersDayRights() {
        return Stream.of(
                //           role            unit  freight (BU)  air freight (manager)  outbound checks of BUs
                Arguments.of(Role.PLANNER, PO, ALL, ALL, "* NC NW"),
                Arguments.of(Role.ACCOUNTANT, NC, NC_BU, NONE, "NC"),
                Arguments.of(Role.BU_MANAGER, NC, NC_BU, NC_BU, ""),
                Arguments.of(Role.BU_MANAGER, NW, "GZBD-D GZBD-G NW-G", "GZBD-D GZBD-G NW-G", ""),
                Arguments.of(Role.KEEPER, ZBET, NONE, NONE, ""),
                Arguments.of(Role.VIEWER, NC, NONE, NONE, ""),
                Arguments.of(Role.ADMIN, PO, NONE, NONE, ""));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("keepersDayRights")
    void freightApprovalsAndOutboundCheckRules(Role role, OrgUnit unit, String freight, String airFreight,
            String checkRules) {
        Caller caller = caller(unit, role);

        assertEquals(freight, stores(caller, (c, store) -> c.mayApproveFreight(store,
                org.fieldstock.domain.freight.FreightApproval.BU)), "freight requests to the BU");
        assertEquals(airFreight, stores(caller, (c, store) -> c.mayApproveFreight(store,
                org.fieldstock.domain.freight.FreightApproval.BU_MANAGER)), "air freight");
        assertEquals(NONE, stores(caller, (c, store) -> c.mayApproveFreight(store,
                org.fieldstock.domain.freight.FreightApproval.SITE_DECIDES)), "what the site decides");
        String sets = Stream.of(null, NC, NW).filter(bu -> caller.maySetOutboundChecks(bu))
                .map(bu -> bu == null ? "*" : bu.getCode()).collect(Collectors.joining(" "));
        assertEquals(checkRules, sets, "outbound-check rules of every BU (*) or one");
    }

    @org.junit.jupiter.api.Test
    void rolesAddUp() {
        Caller keeperAndViewer = caller(ZBET, Role.KEEPER, Role.VIEWER);
        Caller accountantAndManager = caller(NC, Role.ACCOUNTANT, Role.BU_MANAGER);

        assertEquals(ZBET_SITE, stores(keeperAndViewer, Caller::mayRead));
        assertEquals(ZBET_SITE, stores(keeperAndViewer, (c, store) -> c.readScope().includes(store)));
        assertEquals(NC_BU, stores(accountantAndManager, Caller::mayReviewDocumentsFor));
        assertEquals(NC_BU, stores(accountantAndManager, Caller::mayApproveFor));
        assertEquals(Set.of(Role.ACCOUNTANT, Role.BU_MANAGER), accountantAndManager.getRoles());
    }

    @org.junit.jupiter.api.Test
    void aRoleHeldAtTheWrongLevelIsDropped() {
        Caller mixed = caller(ZBET, Role.KEEPER, Role.ACCOUNTANT, Role.PLANNER);

        assertEquals(Set.of(Role.KEEPER), mixed.getRoles());
        assertEquals(ZBET_SITE, stores(mixed, Caller::mayEnterDocumentsFor));
    }

    private static String stores(Caller caller, BiPredicate<Caller, Store> right) {
        List<Store> stores = ALL_STORES;
        return stores.stream().filter(store -> right.test(caller, store)).map(Store::getCode)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
    }
}
