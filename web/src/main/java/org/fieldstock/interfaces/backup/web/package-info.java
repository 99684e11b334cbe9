/** The administrator's backups page. */
package org.fieldstock.interfaces.backup.web;
