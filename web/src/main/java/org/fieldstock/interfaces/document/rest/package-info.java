/** REST resources for stock documents: the same service calls as the screens, as JSON. */
package org.fieldstock.interfaces.document.rest;
