/** Items of the parts catalogue: REST and screens. */
package org.fieldstock.interfaces.item;
