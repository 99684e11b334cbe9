/** The screens of failed parts: the damaged-part register. */
package org.fieldstock.interfaces.failedpart.web;
