/** The three levels of stock management (planning office, business units, sites) and their good and damaged stores. */
package org.fieldstock.domain.organisation;
