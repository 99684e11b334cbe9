/**
 * The stock ledger (append-only movements written by reviewing and reversed by
 * unreviewing) and the on-hand balance of each (store, item) it keeps up to date.
 */
package org.fieldstock.domain.stock;
