/** Faces views for suppliers. */
package org.fieldstock.interfaces.supplier.web;
