package org.fieldstock.domain.supplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

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

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** Capital letters, digits and dashes, up to 20: "SUP-001". */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    protected Supplier() {
    }

    public Supplier(String code, String nameZh, String nameEn) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    /** What is wrong with a new supplier: code (immutable afterwards) and names. */
    public static List<Problem> check(String code, String nameZh, String nameEn) {
        List<Problem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.code")));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Problem("supplier.code.invalid", code));
        }
        TextRules.requireNames(problems, nameZh, nameEn);
        return problems;
    }

    /** New names; the code stays. */
    public void rename(String nameZh, String nameEn) {
        TextRules.Names names = TextRules.requiredNames(nameZh, nameEn);
        this.nameZh = names.zh();
        this.nameEn = names.en();
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

    public int getVersion() {
        return version;
    }
}
