/** The audit trail search screen. */
package org.fieldstock.interfaces.audit.web;
