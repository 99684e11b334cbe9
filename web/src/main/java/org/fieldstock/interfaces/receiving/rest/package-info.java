/** Receiving through REST: receipts to count, receipts without papers, discrepancy reports and their photos. */
package org.fieldstock.interfaces.receiving.rest;
