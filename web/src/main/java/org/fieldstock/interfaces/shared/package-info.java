/** What every screen and endpoint shares: message bundles, the user's locale, error reporting. */
package org.fieldstock.interfaces.shared;
