/** Tool loans: what the screens and the API share (the printed loan form). */
package org.fieldstock.interfaces.toolloan;
