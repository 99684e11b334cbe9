/** Stocktake campaigns: opening and freezing them, counting sheets, and the gain/loss documents they generate. */
package org.fieldstock.application.stocktake;
