/** REST resources for suppliers. */
package org.fieldstock.interfaces.supplier.rest;
