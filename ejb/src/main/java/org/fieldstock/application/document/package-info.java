/** Other-inbound and other-outbound stock documents: saving, modifying, reviewing, unreviewing, deleting, and their history. */
package org.fieldstock.application.document;
