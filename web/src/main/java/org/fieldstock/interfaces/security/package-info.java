/**
 * Authentication: form login (a session) for the screens, HTTP Basic (no session) for the
 * REST API, both against the users and PBKDF2 hashes in the database.
 */
package org.fieldstock.interfaces.security;
