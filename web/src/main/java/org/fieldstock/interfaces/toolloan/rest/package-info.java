/** Tool loans through REST: lend, take back, the lists of what is out and overdue, the printed form. */
package org.fieldstock.interfaces.toolloan.rest;
