/** The stocktake screens: campaigns, a campaign's sheets, and counting on a sheet. */
package org.fieldstock.interfaces.stocktake.web;
