/** Faces views for org units, their stores and turbines. */
package org.fieldstock.interfaces.organisation.web;
