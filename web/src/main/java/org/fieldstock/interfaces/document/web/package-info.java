/** Screens for stock documents: the list with its filters and the editor with its lines. */
package org.fieldstock.interfaces.document.web;
