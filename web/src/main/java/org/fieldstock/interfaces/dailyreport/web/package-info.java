/** The daily report screens: reporting a day, the BU's overview of who reported, reconciliation. */
package org.fieldstock.interfaces.dailyreport.web;
