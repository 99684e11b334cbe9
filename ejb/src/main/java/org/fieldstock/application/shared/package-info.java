/** Pieces every capability's services share: the caller of the request, background work, the master-data rights. */
package org.fieldstock.application.shared;
