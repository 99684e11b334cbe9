/**
 * The monthly figures read from the stock ledger: the in/out/balance summary (收发存汇总表) of a
 * month per store and item, each receipt and issue in the column of its category.
 */
package org.fieldstock.domain.report;
