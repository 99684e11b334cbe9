package org.fieldstock.domain.supplier;

import java.util.List;
import java.util.Optional;

/** Suppliers. */
public interface SupplierRepository {

    Optional<Supplier> byCode(String code);

    List<Supplier> all();
}
