package org.fieldstock.application.golive;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.golive.RowReader;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.user.Role;

/** The values a row stands for, read the same way when it is checked and when it is written. */
final class ImportValues {

    private ImportValues() {
    }

    /** An items row's details (all but code and packed volume). */
    static ItemDetails itemDetails(RowReader cells) {
        return ItemDetails.cleaned(cells.text("name_zh"), cells.text("name_en"), cells.text("spec"),
                cells.text("unit_zh"), cells.text("unit_en"), cells.constant("category", ItemCategory.class),
                cells.constant("repair_class", RepairClass.class), cells.decimal("unit_price_cny"),
                cells.whole("shelf_life_months"), cells.text("turbine_models"), cells.flag("serial_tracked"));
    }

    /** A users row's roles; an unknown name is noted with the names there are. */
    static Set<Role> roles(RowReader cells) {
        Set<Role> roles = new TreeSet<>();
        for (String name : cells.list("roles")) {
            Optional<Role> role = Role.named(name);
            if (role.isEmpty()) {
                cells.problem("roles", "import.cell.notOneOf", name,
                        String.join(", ", Arrays.stream(Role.values()).map(Enum::name).toList()));
            }
            role.ifPresent(roles::add);
        }
        return roles;
    }

    /** An opening-balance row as a document line of the item. */
    static NewLine openingLine(RowReader cells, Item item) {
        return new NewLine(item, cells.decimal("quantity"), null, null, cells.text("batch_no"),
                cells.date("expiry_date"), cells.list("serials"));
    }
}
