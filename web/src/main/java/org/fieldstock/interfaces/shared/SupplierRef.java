package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.util.List;

import org.fieldstock.domain.supplier.Supplier;

/** A supplier as the screens keep it between requests: code, names, and the version a change is made against. */
public record SupplierRef(String code, String nameZh, String nameEn, int version) implements Bilingual, Serializable {

    /** The supplier as it is now; null for none. */
    public static SupplierRef of(Supplier supplier) {
        return supplier == null ? null
                : new SupplierRef(supplier.getCode(), supplier.getNameZh(), supplier.getNameEn(),
                        supplier.getVersion());
    }

    public static List<SupplierRef> all(List<Supplier> suppliers) {
        return suppliers.stream().map(SupplierRef::of).toList();
    }
}
