/** Org units, stores and turbines: REST and screens. */
package org.fieldstock.interfaces.organisation;
