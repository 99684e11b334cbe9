/** Failed parts: the damaged-part register on screen, in REST, and as the workbook and packing list. */
package org.fieldstock.interfaces.failedpart;
