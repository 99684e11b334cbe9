/** Backups over REST: make one now, list them, download one. */
package org.fieldstock.interfaces.backup.rest;
