/** REST resources for stores and their on-hand stock. */
package org.fieldstock.interfaces.stock.rest;
