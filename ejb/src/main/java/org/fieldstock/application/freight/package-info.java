/** Freight requests: filing a shipment's freight under the rules, the BU's answer, the monthly list. */
package org.fieldstock.application.freight;
