package org.fieldstock.domain.user;

import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.PMD;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.organisation.OrgUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role at every level against the sheets of the go-live import: which it may import, and
 * whether it follows the imports at all. Written out, not derived.
 */
class CallerImportMatrixTest {

    static Stream<Arguments> matrix() {
        return Stream.of(
                //           role                unit  imports                                                 follows
                Arguments.of(Role.PLANNER, PO, "org-units stores items suppliers turbines opening-balances", true),
                Arguments.of(Role.ADMIN, PO, "org-units stores users", true),
                Arguments.of(Role.VIEWER, PO, "", false),
                Arguments.of(Role.ACCOUNTANT, PMD, "", false),
                Arguments.of(Role.ACCOUNTANT, NC, "", false),
                Arguments.of(Role.BU_MANAGER, NC, "", false),
                Arguments.of(Role.BU_PLANNER, NC, "", false),
                Arguments.of(Role.BU_SUPERVISOR, NC, "", false),
                Arguments.of(Role.VIEWER, NC, "", false),
                Arguments.of(Role.KEEPER, ZBET, "", false),
                Arguments.of(Role.SITE_CHIEF, ZBET, "", false),
                // a planner's role given at a BU by mistake carries no planning-office rights
                Arguments.of(Role.PLANNER, NC, "", false));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("matrix")
    void sheetsEachRoleAtEachLevelMayImport(Role role, OrgUnit unit, String imports, boolean follows) {
        Caller caller = caller(unit, role);
        assertEquals(imports, Arrays.stream(ImportSheet.values()).filter(caller::mayImport).map(ImportSheet::fileName)
                .collect(Collectors.joining(" ")));
        assertEquals(follows, caller.mayFollowImports());
    }
}
