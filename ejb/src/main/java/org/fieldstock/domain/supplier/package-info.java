/** Suppliers and manufacturers (供应商) named on purchase receipts. */
package org.fieldstock.domain.supplier;
