package org.fieldstock.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fieldstock.domain.organisation.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentCategoryTest {

    @Test
    void enterableInboundCategoriesExcludeTransfers() {
        assertEquals(List.of(DocumentCategory.PURCHASE, DocumentCategory.PETTY_PURCHASE, DocumentCategory.DAMAGE_INTAKE,
                DocumentCategory.REPAIRED, DocumentCategory.MATERIAL_RETURN),
                DocumentCategory.enterableFor(DocumentType.OTHER_INBOUND));
    }

    @Test
    void enterableOutboundCategoriesExcludeTransfers() {
        assertEquals(List.of(DocumentCategory.SELF_USE, DocumentCategory.STORAGE_DAMAGE, DocumentCategory.REPAIR_RETURN,
                DocumentCategory.SCRAP, DocumentCategory.ISSUE_RETURN),
                DocumentCategory.enterableFor(DocumentType.OTHER_OUTBOUND));
    }

    @Test
    void sitesReportTheirDaysMovementsButNeitherRedInkReturnsNorRepairReturnsNorWhatSlipsAndStocktakesGenerate() {
        // a repair return leaves only the repair hub: a site sends its damaged parts there by transfer
        assertEquals(List.of(DocumentCategory.PURCHASE, DocumentCategory.PETTY_PURCHASE, DocumentCategory.DAMAGE_INTAKE,
                DocumentCategory.REPAIRED, DocumentCategory.SELF_USE, DocumentCategory.STORAGE_DAMAGE,
                DocumentCategory.SCRAP), java.util.Arrays.stream(DocumentCategory.values())
                .filter(DocumentCategory::reportedBySites).toList());
    }

    @ParameterizedTest
    @EnumSource(names = { "GOOD_TRANSFER_IN", "DAMAGED_TRANSFER_IN", "GOOD_TRANSFER_OUT", "DAMAGED_TRANSFER_OUT" })
    void transferCategoriesAreGeneratedByTransfer(DocumentCategory category) {
        assertTrue(category.isGeneratedByTransfer());
    }

    @ParameterizedTest(name = "{0} into {1}: {2}")
    @CsvSource({
            "PURCHASE,        GOOD,    true",
            "PURCHASE,        DAMAGED, false",
            "DAMAGE_INTAKE,   GOOD,    false",
            "DAMAGE_INTAKE,   DAMAGED, true",
            "REPAIRED,        GOOD,    true",
            "REPAIRED,        DAMAGED, false",
            "MATERIAL_RETURN, GOOD,    true",
            "MATERIAL_RETURN, DAMAGED, true",
            "SELF_USE,        GOOD,    true",
            "SELF_USE,        DAMAGED, false",
            "STORAGE_DAMAGE,  GOOD,    true",
            "STORAGE_DAMAGE,  DAMAGED, false",
            "SCRAP,           GOOD,    false",
            "SCRAP,           DAMAGED, true",
            "REPAIR_RETURN,   GOOD,    false",
            "REPAIR_RETURN,   DAMAGED, true" })
    void acceptsStoreOfTheRightKind(DocumentCategory category, StoreKind kind, boolean accepted) {
        assertEquals(accepted, category.acceptsStore(kind));
    }

    @Test
    void onlyPurchaseRequiresASupplier() {
        assertTrue(DocumentCategory.PURCHASE.requiresSupplier());
        assertFalse(DocumentCategory.PETTY_PURCHASE.requiresSupplier());
        assertFalse(DocumentCategory.DAMAGE_INTAKE.requiresSupplier());
    }

    @Test
    void materialReturnIsARedInboundCategory() {
        assertEquals(Ink.RED, DocumentCategory.MATERIAL_RETURN.ink());
        assertEquals(DocumentType.OTHER_INBOUND, DocumentCategory.MATERIAL_RETURN.type());
        assertEquals(Ink.BLUE, DocumentCategory.PURCHASE.ink());
    }

    @Test
    void outboundMovesStockInTheOppositeDirectionToInbound() {
        assertEquals(1, DocumentType.OTHER_INBOUND.direction());
        assertEquals(-1, DocumentType.OTHER_OUTBOUND.direction());
    }
}
