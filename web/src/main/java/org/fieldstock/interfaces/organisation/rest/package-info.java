/** REST resources for org units, their stores and turbines. */
package org.fieldstock.interfaces.organisation.rest;
