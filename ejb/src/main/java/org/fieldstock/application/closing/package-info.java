/** Closing a BU's month and reopening it, and the check every dated change asks: is that month closed? */
package org.fieldstock.application.closing;
