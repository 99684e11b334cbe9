package org.fieldstock.application.item;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.supplier.SupplierRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/** Master data look-ups for entry screens and the API: items, stores, suppliers. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class CatalogService {

    /** Enough rows for a look-up list; the user narrows the text for more. */
    public static final int LOOKUP_LIMIT = 30;

    @Inject
    private ItemRepository items;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private CurrentCaller currentCaller;

    public List<Item> searchItems(String text) {
        return items.search(text, LOOKUP_LIMIT);
    }

    public java.util.Optional<Item> item(String code) {
        return code == null || code.isBlank() ? java.util.Optional.empty() : items.byCode(code);
    }

    /** The stores the caller may see. */
    public List<Store> stores() {
        Caller caller = currentCaller.get();
        return organisation.allStores().stream().filter(caller::mayRead).toList();
    }

    /** A page of the stores the caller sees, by code, chosen in the database. */
    public Page<Store> stores(PageRequest request) {
        return organisation.stores(currentCaller.get().readScope(), request);
    }

    /** The stores the caller may enter documents for. */
    public List<Store> storesForEntry() {
        Caller caller = currentCaller.get();
        return organisation.allStores().stream().filter(Store::isActive).filter(caller::mayEnterDocumentsFor)
                .toList();
    }

    /** The turbines a line of a document of this store may name: those of the site that owns the store. */
    public List<Turbine> turbinesFor(String storeCode) {
        Caller caller = currentCaller.get();
        return organisation.storeByCode(storeCode == null ? "" : storeCode.strip()).filter(caller::mayRead)
                .filter(store -> store.getOwner().getKind() == OrgUnitKind.SITE)
                .map(store -> organisation.turbinesOf(store.getOwner()))
                .orElse(List.of());
    }

    public List<Supplier> suppliers() {
        return suppliers.all();
    }

    public Caller caller() {
        return currentCaller.get();
    }
}
