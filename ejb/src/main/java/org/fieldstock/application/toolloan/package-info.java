/**
 * Tool loans: lending a site's tool, taking it back fine or damaged, and the lists of what is out
 * and overdue per site and BU.
 */
package org.fieldstock.application.toolloan;
