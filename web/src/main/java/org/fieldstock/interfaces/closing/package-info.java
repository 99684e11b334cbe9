/** Month-end close at the edge: REST (screens to come). */
package org.fieldstock.interfaces.closing;
