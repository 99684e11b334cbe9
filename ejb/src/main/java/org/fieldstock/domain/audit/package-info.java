/** The audit trail: who did what and when, append-only, searchable by the planning office. */
package org.fieldstock.domain.audit;
