/** The audit trail over REST. */
package org.fieldstock.interfaces.audit.rest;
