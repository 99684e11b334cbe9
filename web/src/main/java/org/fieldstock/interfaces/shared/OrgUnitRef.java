package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.util.List;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;

/**
 * An org unit as the screens keep it between requests, to show and to pick: what the pages read
 * of it, its parent's code instead of the parent, and the version a change is made against.
 */
public record OrgUnitRef(String code, OrgUnitKind kind, String nameZh, String nameEn, String parentCode,
        String province, int version) implements Bilingual, Serializable {

    /** The unit as it is now; null for none. */
    public static OrgUnitRef of(OrgUnit unit) {
        return unit == null ? null
                : new OrgUnitRef(unit.getCode(), unit.getKind(), unit.getNameZh(), unit.getNameEn(),
                        unit.getParent() == null ? null : unit.getParent().getCode(), unit.getProvince(),
                        unit.getVersion());
    }

    public static List<OrgUnitRef> all(List<OrgUnit> units) {
        return units.stream().map(OrgUnitRef::of).toList();
    }
}
