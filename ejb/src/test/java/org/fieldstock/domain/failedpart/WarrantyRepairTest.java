package org.fieldstock.domain.failedpart;

import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A tool under warranty repaired at the site by its maker: a serial-tracked tool, a day gone by, who and what. */
class WarrantyRepairTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Item WRENCH = new Item("TL-GNL-0001", "液压扭矩扳手", "Hydraulic torque wrench", "1-1/2in",
            new Unit("把", "pcs"), ItemCategory.TOOL, RepairClass.II);

    static {
        WRENCH.describe(new BigDecimal("38000"), null, new BigDecimal("0.05"), "SL1500", true);
    }

    @Test
    void aRepairOfATrackedToolIsRecordedAsEntered() {
        WarrantyRepair repair = new WarrantyRepair(WRENCH, "TW-1", ZBET, TODAY, " 博世 Bosch ", "更换密封 seals", TODAY,
                "keeper", NOW);
        assertEquals("博世 Bosch", repair.getMaker());
        assertEquals(TODAY, repair.getRepairedOn());
        assertEquals("keeper", repair.getRecordedBy());
    }

    @Test
    void onlyATrackedToolOnADayGoneByWithMakerAndWork() {
        BusinessException notATool = assertThrows(BusinessException.class,
                () -> new WarrantyRepair(PITCH_MOTOR, "PM-1", ZBET, TODAY, "M", "w", TODAY, "keeper", NOW));
        assertEquals(List.of("warranty.notATrackedTool"), keys(notATool));
        BusinessException empty = assertThrows(BusinessException.class,
                () -> new WarrantyRepair(WRENCH, "TW-1", ZBET, TODAY.plusDays(1), " ", null, TODAY, "keeper", NOW));
        assertEquals(List.of("warranty.date.future", "warranty.maker.invalid", "warranty.work.invalid"), keys(empty));
        BusinessException undated = assertThrows(BusinessException.class,
                () -> new WarrantyRepair(WRENCH, "TW-1", ZBET, null, "M", "w".repeat(501), TODAY, "keeper", NOW));
        assertEquals(List.of("warranty.date.required", "warranty.work.invalid"), keys(undated));
    }
}
