/** Freight requests through REST: file a shipment's freight, the BU's answer, the month's list, the rules. */
package org.fieldstock.interfaces.freight.rest;
