/** Faces views for the parts catalogue's items. */
package org.fieldstock.interfaces.item.web;
