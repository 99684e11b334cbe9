package org.fieldstock.domain.organisation;

import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;
import org.junit.jupiter.api.Test;

/** New org units, their stores, renames, suppliers and turbines. */
class OrganisationMaintenanceTest {

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::getMessageKey).toList();
    }

    @Test
    void aBusinessUnitHangsUnderThePlanningOfficeASiteUnderABusinessUnit() {
        assertEquals(List.of(), keys(OrgUnit.check("NE", OrgUnitKind.BU, "东北业务部", "Northeast BU", PO)));
        assertEquals(List.of("orgUnit.parent.planningOffice"),
                keys(OrgUnit.check("NE", OrgUnitKind.BU, "东北", "NE", NC)));
        assertEquals(List.of("orgUnit.parent.bu"), keys(OrgUnit.check("HLBE", OrgUnitKind.SITE, "呼伦贝尔", "H", PO)));
        assertEquals(List.of("orgUnit.parent.bu"), keys(OrgUnit.check("HLBE", OrgUnitKind.SITE, "呼伦贝尔", "H", ZBET)));
        assertEquals(List.of("orgUnit.kind.invalid"),
                keys(OrgUnit.check("PO2", OrgUnitKind.PLANNING_OFFICE, "计划", "PO", null)));
        assertEquals(List.of("orgUnit.code.invalid", "masterData.required"),
                keys(OrgUnit.check("1AB-", OrgUnitKind.SITE, null, "x", NC)));
    }

    @Test
    void everyUnitGetsAGoodAndADamagedStoreNamedAfterIt() {
        OrgUnit site = new OrgUnit("HLBE", OrgUnitKind.SITE, "呼伦贝尔风电场", "Hulunbuir Wind Farm", NC, "内蒙古");
        Store good = Store.of(site, StoreKind.GOOD);
        Store damaged = Store.of(site, StoreKind.DAMAGED);
        assertEquals("HLBE-G", good.getCode());
        assertEquals("呼伦贝尔风电场完好品库", good.getNameZh());
        assertEquals("Hulunbuir Wind Farm Good Store", good.getNameEn());
        assertEquals("HLBE-D", damaged.getCode());
        assertEquals("呼伦贝尔风电场损坏品库", damaged.getNameZh());
        assertEquals(StoreKind.DAMAGED, damaged.getKind());
    }

    @Test
    void renamingKeepsTheCodeAndNeedsBothNames() {
        Store store = Store.of(ZBET, StoreKind.GOOD);
        store.rename(" 一号库 ", "Store 1");
        assertEquals("一号库", store.getNameZh());
        assertEquals("ZBET-G", store.getCode());
        BusinessException e = assertThrows(BusinessException.class, () -> store.rename("", "x".repeat(151)));
        assertEquals(List.of("masterData.required", "masterData.tooLong"), keys(e.getProblems()));
        assertEquals("一号库", store.getNameZh());
    }

    @Test
    void onlyAnEmptyStoreClosesAndAClosedStoreMovesNoStock() {
        Store store = Store.of(ZBET, StoreKind.GOOD);
        assertEquals("store.deactivate.hasStock", assertThrows(BusinessException.class, () -> store.deactivate(true))
                .getProblems().get(0).getMessageKey());
        store.requireActive();
        store.deactivate(false);
        assertEquals(false, store.isActive());
        assertEquals(BusinessException.Kind.CONFLICT,
                assertThrows(BusinessException.class, store::requireActive).getKind());
        store.activate();
        store.requireActive();
    }

    @Test
    void supplierAndTurbineCodes() {
        assertEquals(List.of(), keys(Supplier.check("SUP-010", "供应商", "Supplier")));
        assertEquals(List.of("supplier.code.invalid"), keys(Supplier.check("sup 1", "供应商", "Supplier")));
        assertEquals(List.of(), keys(Turbine.check("A01", "SL1500")));
        assertEquals(List.of("turbine.number.invalid", "masterData.required"), keys(Turbine.check("A 01", null)));
        Turbine turbine = new Turbine(ZBET, "A99", "SL1500");
        turbine.changeModel("SL3000");
        assertEquals("SL3000", turbine.getModel());
        assertEquals("A99", turbine.getTurbineNo());
    }
}
