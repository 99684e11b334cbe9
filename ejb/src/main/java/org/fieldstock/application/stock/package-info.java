/** The stock ledger as users read it (on-hand, ledger, lots, the daily ledger, the stock check) and the one posting path that writes it. */
package org.fieldstock.application.stock;
