/** The reports over REST: JSON, or the xlsx workbook or PDF asked for by {@code Accept} or {@code format=}. */
package org.fieldstock.interfaces.report.rest;
