/** Stocktakes over REST: campaigns, count sheets, counts (also as an xlsx workbook), submission and approval. */
package org.fieldstock.interfaces.stocktake.rest;
