/**
 * What every screen and endpoint shares: message bundles, the user's locale, error reporting, and
 * the records of master data ({@link org.fieldstock.interfaces.shared.OrgUnitRef}, {@code StoreRef},
 * {@code ItemRef}, {@code SupplierRef}) that screens keep between requests instead of entities.
 */
package org.fieldstock.interfaces.shared;
