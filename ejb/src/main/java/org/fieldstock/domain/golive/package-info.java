/**
 * Going live from the old ERP: the sheets an import workbook (or CSV file) holds, their columns, the
 * rows read from them, what is wrong with a row, and the import run that checks and writes them.
 */
package org.fieldstock.domain.golive;
