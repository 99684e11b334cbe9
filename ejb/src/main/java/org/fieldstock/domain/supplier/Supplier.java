package org.fieldstock.domain.supplier;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/** A supplier (供应商). */
@Entity
@Table(name = "supplier")
public class Supplier extends BaseEntity {

    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Supplier() {
    }

    public Supplier(String code, String nameZh, String nameEn) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
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
}
