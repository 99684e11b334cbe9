/** REST resources for a store's stock: on-hand, ledger, lots, the daily ledger and the stock check. */
package org.fieldstock.interfaces.stock.rest;
