/** The organisation: planning office, BUs, sites, their stores and turbines. */
package org.fieldstock.application.organisation;
