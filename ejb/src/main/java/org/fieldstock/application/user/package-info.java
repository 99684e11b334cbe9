/** Users and their accounts: login, passwords, API tokens, administration. */
package org.fieldstock.application.user;
