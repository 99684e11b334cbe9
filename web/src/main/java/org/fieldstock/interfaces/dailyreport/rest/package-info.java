/** REST for the sites' daily reports and the reconciliation on the 15th. */
package org.fieldstock.interfaces.dailyreport.rest;
