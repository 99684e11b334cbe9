/** The site's daily report: the workbook in the daily-ledger layout, REST and screens. */
package org.fieldstock.interfaces.dailyreport;
