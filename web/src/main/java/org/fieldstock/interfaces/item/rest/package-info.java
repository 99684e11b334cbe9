/** REST resources for the parts catalogue's items. */
package org.fieldstock.interfaces.item.rest;
