/**
 * Stocktakes at the edge: the count sheet as an Excel workbook (out to the counters and back), the
 * REST resource and the screens.
 */
package org.fieldstock.interfaces.stocktake;
