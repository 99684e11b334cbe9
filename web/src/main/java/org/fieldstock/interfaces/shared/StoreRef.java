package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.util.List;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;

/**
 * A store as the screens keep it between requests: code, kind and names, the codes of its owner
 * and of the BU it belongs to (none for the planning office's), whether it is open for documents,
 * and the version a change is made against.
 */
public record StoreRef(String code, StoreKind kind, String nameZh, String nameEn, String ownerCode,
        String businessUnitCode, boolean active, int version) implements Bilingual, Serializable {

    /** The store as it is now; null for none. */
    public static StoreRef of(Store store) {
        if (store == null) {
            return null;
        }
        OrgUnit businessUnit = store.businessUnit();
        return new StoreRef(store.getCode(), store.getKind(), store.getNameZh(), store.getNameEn(),
                store.getOwner().getCode(), businessUnit == null ? null : businessUnit.getCode(), store.isActive(),
                store.getVersion());
    }

    public static List<StoreRef> all(List<Store> stores) {
        return stores.stream().map(StoreRef::of).toList();
    }
}
