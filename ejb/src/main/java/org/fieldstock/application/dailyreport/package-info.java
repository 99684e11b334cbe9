/** The sites' daily reports: drafting, submitting, turning them into documents, and reconciling books with what sites report. */
package org.fieldstock.application.dailyreport;
