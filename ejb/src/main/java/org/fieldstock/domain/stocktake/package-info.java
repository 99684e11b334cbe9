/**
 * Stocktakes (盘点): a campaign counts a set of stores, one count sheet per store. Opening freezes
 * each store's book quantities; the variance of a line is the counted quantity against the books
 * at the moment of counting; an approved sheet's gains and losses are posted as stocktake documents.
 */
package org.fieldstock.domain.stocktake;
