/** Freight on screen: filing a shipment's freight, the BU's answer, the month's list. */
package org.fieldstock.interfaces.freight.web;
