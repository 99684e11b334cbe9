package org.fieldstock.domain.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/** An item (存货): a spare part, tool or consumable, identified by its stable code. */
@Entity
@Table(name = "item")
public class Item extends BaseEntity {

    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "spec")
    private String spec;

    @Column(name = "unit_zh", nullable = false)
    private String unitZh;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private ItemCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "repair_class", nullable = false)
    private RepairClass repairClass;

    @Column(name = "unit_price", precision = 14, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "shelf_life_months")
    private Integer shelfLifeMonths;

    @Column(name = "packed_volume_m3", precision = 12, scale = 4)
    private BigDecimal packedVolumeM3;

    @Column(name = "turbine_models")
    private String turbineModels;

    @Column(name = "serial_tracked", nullable = false)
    private boolean serialTracked;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "abc_class", length = 1)
    private AbcClass abcClass;

    /** Items counted in L, kg or m take decimal quantities; all others whole quantities. */
    @Column(name = "decimal_quantity", nullable = false)
    private boolean decimalQuantity;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Item() {
    }

    public Item(String code, String nameZh, String nameEn, String spec, Unit unit, ItemCategory category,
            RepairClass repairClass) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.spec = spec;
        this.unitZh = unit.zh();
        this.unitEn = unit.en();
        this.decimalQuantity = unit.allowsDecimals();
        this.category = Objects.requireNonNull(category);
        this.repairClass = Objects.requireNonNull(repairClass);
    }

    /** A new item of the catalogue; the code never changes afterwards. */
    public static Item create(String code, ItemDetails details) {
        List<Problem> problems = checkCode(code);
        problems.addAll(details.problems());
        TextRules.throwIfAny(problems);
        Item item = new Item(code, details.nameZh(), details.nameEn(), details.spec(), details.unit(),
                details.category(), details.repairClass());
        item.describe(details.unitPrice(), details.shelfLifeMonths(), null, details.turbineModels(),
                details.serialTracked());
        return item;
    }

    /** What is wrong with a code typed for a new item (already upper-cased). */
    public static List<Problem> checkCode(String code) {
        List<Problem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.code")));
        } else if (!ItemCodes.VALID.matcher(code).matches()) {
            problems.add(new Problem("item.code.invalid", code));
        }
        return problems;
    }

    /**
     * New details; returns "field: before → after" for each change. Serials and batches already
     * booked would no longer fit an item whose tracking changed, so serial tracking and batch
     * tracking (having a shelf life at all) stay once the item is on a document or in stock; the
     * unit stays while there is stock, which was counted in the old unit.
     */
    public List<String> change(ItemDetails details, ItemUsage usage) {
        TextRules.throwIfAny(details.problems());
        List<Problem> problems = changeProblems(details, usage);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, problems);
        }
        List<String> changes = details().differencesTo(details);
        this.nameZh = details.nameZh();
        this.nameEn = details.nameEn();
        this.spec = details.spec();
        this.unitZh = details.unit().zh();
        this.unitEn = details.unit().en();
        this.decimalQuantity = details.unit().allowsDecimals();
        this.category = details.category();
        this.repairClass = details.repairClass();
        describe(details.unitPrice(), details.shelfLifeMonths(), packedVolumeM3, details.turbineModels(),
                details.serialTracked());
        return changes;
    }

    /** What forbids changing valid details to these while the item is used so: tracking and unit (see {@link #change}). */
    public List<Problem> changeProblems(ItemDetails details, ItemUsage usage) {
        List<Problem> problems = new ArrayList<>();
        boolean used = usage.onDocuments() || usage.inStock();
        if (used && details.serialTracked() != serialTracked) {
            problems.add(new Problem("item.serialTracking.inUse", code));
        }
        if (used && (details.shelfLifeMonths() != null) != isBatchTracked()) {
            problems.add(new Problem("item.batchTracking.inUse", code));
        }
        if (usage.inStock() && !details.unit().equals(getUnit())) {
            problems.add(new Problem("item.unit.inStock", code));
        }
        return problems;
    }

    /** The packed volume (m³) the failed-part returns add up; "before → after" when it changes. */
    public Optional<String> changePackedVolume(BigDecimal volumeM3) {
        if (volumeM3 != null && volumeM3.signum() < 0) {
            throw new BusinessException(BusinessException.Kind.INVALID, "item.packedVolume.invalid",
                    volumeM3.toPlainString());
        }
        BigDecimal before = packedVolumeM3;
        if (before == null ? volumeM3 == null : volumeM3 != null && before.compareTo(volumeM3) == 0) {
            return Optional.empty();
        }
        this.packedVolumeM3 = volumeM3;
        return Optional.of("packedVolumeM3: " + (before == null ? "-" : before.toPlainString()) + " → "
                + (volumeM3 == null ? "-" : volumeM3.toPlainString()));
    }

    /** The details as they are now. */
    public ItemDetails details() {
        return new ItemDetails(nameZh, nameEn, spec, getUnit(), category, repairClass, unitPrice, shelfLifeMonths,
                turbineModels, serialTracked);
    }

    /** Commercial and logistic attributes, from the catalogue. */
    /** Classes the item A, B or C (none: not classed yet). */
    public void classify(AbcClass abc) {
        this.abcClass = abc;
    }

    public AbcClass getAbcClass() {
        return abcClass;
    }

    public void describe(BigDecimal unitPrice, Integer shelfLifeMonths, BigDecimal packedVolumeM3, String turbineModels,
            boolean serialTracked) {
        this.unitPrice = unitPrice;
        this.shelfLifeMonths = shelfLifeMonths;
        this.packedVolumeM3 = packedVolumeM3;
        this.turbineModels = turbineModels;
        this.serialTracked = serialTracked;
    }

    /** Whether a quantity fits the unit: whole numbers only, unless the unit is measured (L, kg, m). */
    public boolean acceptsQuantity(BigDecimal quantity) {
        return decimalQuantity || quantity.stripTrailingZeros().scale() <= 0;
    }

    /** Items with a shelf life are received in batches, each with its expiry date, and issued nearest expiry first. */
    public boolean isBatchTracked() {
        return shelfLifeMonths != null;
    }

    /** The expiry date of goods of this item made or received on the given day; null for items without a shelf life. */
    public LocalDate expiryFrom(LocalDate day) {
        return shelfLifeMonths == null || day == null ? null : day.plusMonths(shelfLifeMonths);
    }

    public Unit getUnit() {
        return new Unit(unitZh, unitEn);
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSpec() {
        return spec;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public ItemCategory getCategory() {
        return category;
    }

    public RepairClass getRepairClass() {
        return repairClass;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Integer getShelfLifeMonths() {
        return shelfLifeMonths;
    }

    public BigDecimal getPackedVolumeM3() {
        return packedVolumeM3;
    }

    public String getTurbineModels() {
        return turbineModels;
    }

    public boolean isSerialTracked() {
        return serialTracked;
    }

    public boolean isDecimalQuantity() {
        return decimalQuantity;
    }

    public int getVersion() {
        return version;
    }

    /** The standard price in force today, as the price list says; the list keeps its history. */
    public void reprice(BigDecimal inForce) {
        this.unitPrice = inForce;
    }
}
