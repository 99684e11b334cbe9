package org.fieldstock.domain.supplier;

import java.util.List;
import java.util.Optional;

/** Suppliers. */
public interface SupplierRepository {

    Optional<Supplier> byCode(String code);

    List<Supplier> all();

    /** The supplier, locked until the transaction ends. */
    Optional<Supplier> byCodeForUpdate(String code);

    /** Stores a new supplier; a code taken by someone else at the same moment fails as a conflict. */
    void add(Supplier supplier);
}
