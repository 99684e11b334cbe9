/** The monthly reports as people read them: on screen, as xlsx workbooks and as PDF, and over REST. */
package org.fieldstock.interfaces.report;
