/** Backups of the embedded database, taken while the application runs, for the administrator. */
package org.fieldstock.application.backup;
