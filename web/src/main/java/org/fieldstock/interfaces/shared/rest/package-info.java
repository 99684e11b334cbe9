/** The JAX-RS application under /api and the mapping of failures to JSON errors with proper HTTP statuses. */
package org.fieldstock.interfaces.shared.rest;
