/** The monthly reports read from the stock ledger, scoped to what the caller reads. */
package org.fieldstock.application.report;
