/**
 * The JAX-RS application under /api and what every call of it shares: request bodies read field by
 * field and limited in size, decimals written in full, failures mapped to JSON errors with proper
 * HTTP statuses in the client's language, and refusals logged in one line.
 */
package org.fieldstock.interfaces.shared.rest;
