/** Suppliers: REST and screens. */
package org.fieldstock.interfaces.supplier;
