/**
 * Freight (3篇 3.2): who must approve what a shipment costs — a hired vehicle above its reference
 * price, air freight, express above what the site decides itself — per shipment, linked to the
 * transfer or the return it carries.
 */
package org.fieldstock.domain.freight;
