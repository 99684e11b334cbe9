/** Backups of the embedded database: the REST API and the administrator's page. */
package org.fieldstock.interfaces.backup;
