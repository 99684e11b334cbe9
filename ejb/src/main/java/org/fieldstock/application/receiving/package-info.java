/**
 * Receiving: the delivered receipts waiting to be counted (and the overdue ones), those booked on the
 * shipper's word without papers, and the discrepancy reports with their photos and settling documents.
 */
package org.fieldstock.application.receiving;
