/** Suppliers, maintained by the planning office. */
package org.fieldstock.application.supplier;
