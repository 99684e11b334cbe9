/** The report pages. */
package org.fieldstock.interfaces.report.web;
