/**
 * Requisitions (内部联络单): what a site asks for, the signatures it collects on its way through the
 * BU, and what fulfils it, until the site's receipt closes it.
 */
package org.fieldstock.domain.requisition;
