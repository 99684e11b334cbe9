/** Screens of a user's own account: personal API tokens. */
package org.fieldstock.interfaces.user.web;
