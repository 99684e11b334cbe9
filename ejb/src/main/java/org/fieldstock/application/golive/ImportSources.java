package org.fieldstock.application.golive;

import org.fieldstock.application.closing.ClosedMonths;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.supplier.SupplierRepository;
import org.fieldstock.domain.user.UserRepository;

/** What an import's rows are checked against: the master data, the stock and the closed months. */
record ImportSources(OrganisationRepository organisation, ItemRepository items, SupplierRepository suppliers,
        UserRepository users, StockLedger ledger, StockDocumentRepository documents, ClosedMonths closedMonths) {
}
