/** The requisition screens: the list with its clocks, and one requisition from draft to delivery. */
package org.fieldstock.interfaces.requisition.web;
