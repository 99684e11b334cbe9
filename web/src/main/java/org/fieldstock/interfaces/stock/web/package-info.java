/** Screens for stock on hand. */
package org.fieldstock.interfaces.stock.web;
