/** Writing audit events and reading the audit trail (planning office and administrator). */
package org.fieldstock.application.audit;
