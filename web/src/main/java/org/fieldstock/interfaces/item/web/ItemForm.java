package org.fieldstock.interfaces.item.web;

import java.io.Serializable;
import java.math.BigDecimal;

import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.interfaces.shared.ItemRef;

/** The fields of the item form, shared by the catalogue screen and the request screen. */
public class ItemForm implements Serializable {

    private String code;
    private String group;
    private String nameZh;
    private String nameEn;
    private String spec;
    private String unitZh;
    private String unitEn;
    private ItemCategory category = ItemCategory.SPARE;
    private RepairClass repairClass = RepairClass.I;
    private BigDecimal unitPrice;
    private Integer shelfLifeMonths;
    private String turbineModels;
    private boolean serialTracked;

    static ItemForm of(ItemRef item) {
        ItemForm form = new ItemForm();
        form.code = item.code();
        form.nameZh = item.nameZh();
        form.nameEn = item.nameEn();
        form.spec = item.spec();
        form.unitZh = item.unitZh();
        form.unitEn = item.unitEn();
        form.category = item.category();
        form.repairClass = item.repairClass();
        form.unitPrice = item.unitPrice();
        form.shelfLifeMonths = item.shelfLifeMonths();
        form.turbineModels = item.turbineModels();
        form.serialTracked = item.serialTracked();
        return form;
    }

    public ItemDetails details() {
        return ItemDetails.cleaned(nameZh, nameEn, spec, unitZh, unitEn, category, repairClass, unitPrice,
                shelfLifeMonths, turbineModels, serialTracked);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The assembly group for a code suggestion, e.g. GBX. */
    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getSpec() {
        return spec;
    }

    public void setSpec(String spec) {
        this.spec = spec;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public void setUnitZh(String unitZh) {
        this.unitZh = unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public ItemCategory getCategory() {
        return category;
    }

    public void setCategory(ItemCategory category) {
        this.category = category;
    }

    public RepairClass getRepairClass() {
        return repairClass;
    }

    public void setRepairClass(RepairClass repairClass) {
        this.repairClass = repairClass;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public Integer getShelfLifeMonths() {
        return shelfLifeMonths;
    }

    public void setShelfLifeMonths(Integer shelfLifeMonths) {
        this.shelfLifeMonths = shelfLifeMonths;
    }

    public String getTurbineModels() {
        return turbineModels;
    }

    public void setTurbineModels(String turbineModels) {
        this.turbineModels = turbineModels;
    }

    public boolean isSerialTracked() {
        return serialTracked;
    }

    public void setSerialTracked(boolean serialTracked) {
        this.serialTracked = serialTracked;
    }
}
