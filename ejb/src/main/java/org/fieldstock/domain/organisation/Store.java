package org.fieldstock.domain.organisation;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BilingualText;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.TextRules;

/** A good or damaged store (warehouse) of a site or a business unit. */
@Entity
@Table(name = "store")
public class Store extends BaseEntity {

    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private StoreKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private OrgUnit owner;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Store() {
    }

    public Store(String code, StoreKind kind, OrgUnit owner, String nameZh, String nameEn) {
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.owner = Objects.requireNonNull(owner);
        if (owner.getKind() == OrgUnitKind.PLANNING_OFFICE) {
            throw new IllegalArgumentException("the planning office keeps no store: " + code);
        }
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    /**
     * The store of that kind every BU and site keeps, named after its owner as the organisation
     * names them: code "ZBET-G", "张北二台风电场完好品库", "Zhangbei Ertai Wind Farm Good Store"
     * (the words from {@link BilingualText}).
     */
    public static Store of(OrgUnit owner, StoreKind kind) {
        boolean good = kind == StoreKind.GOOD;
        String name = good ? "store.good" : "store.damaged";
        return new Store(owner.getCode() + (good ? "-G" : "-D"), kind, owner,
                BilingualText.in(Locale.SIMPLIFIED_CHINESE, name, owner.getNameZh()),
                BilingualText.in(Locale.ENGLISH, name, owner.getNameEn()));
    }

    /** New names; code, kind and owner stay. */
    public void rename(String nameZh, String nameEn) {
        TextRules.Names names = TextRules.requiredNames(nameZh, nameEn);
        this.nameZh = names.zh();
        this.nameEn = names.en();
    }

    /** Closes the store for documents and stock movements; only an empty store may close. */
    public void deactivate(boolean hasStock) {
        if (hasStock) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "store.deactivate.hasStock", code);
        }
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** Stock moves only in an active store. */
    public void requireActive() {
        if (!active) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "store.inactive", code);
        }
    }

    /** The business unit whose books hold this store. */
    public OrgUnit businessUnit() {
        return owner.businessUnit();
    }

    public String getCode() {
        return code;
    }

    public StoreKind getKind() {
        return kind;
    }

    public OrgUnit getOwner() {
        return owner;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
