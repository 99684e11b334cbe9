/**
 * Going live from the old ERP: the import template, reading a filled-in workbook or CSV file into
 * rows, and the REST API and screen that start a run and follow it.
 */
package org.fieldstock.interfaces.golive;
