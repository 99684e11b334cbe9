/**
 * Failed parts: the replacement booked in one step (the issue of the new part and the intake of the
 * removed one, reviewed and unreviewed together), the damaged-part register and the return of
 * damaged parts to the repair hub.
 */
package org.fieldstock.application.failedpart;
