/** The transfer-slip API: slips, arrival, losses on arrival, work lists, goods in transit, month-end report. */
package org.fieldstock.interfaces.transfer.rest;
