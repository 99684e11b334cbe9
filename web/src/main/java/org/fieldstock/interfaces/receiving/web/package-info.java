/** Receiving on screen: deliveries to count, deliveries without papers, discrepancy reports with photos. */
package org.fieldstock.interfaces.receiving.web;
