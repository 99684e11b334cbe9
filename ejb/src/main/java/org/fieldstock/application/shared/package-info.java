/**
 * Pieces every capability's services share: the caller of the request, background work, the
 * master-data rights, and the words written in both languages into the records the services make.
 */
package org.fieldstock.application.shared;
