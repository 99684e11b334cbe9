/**
 * Receiving (3篇 1.2): check, count, then book; what a delivery was short of, over, or damaged with,
 * reported with photos to the site chief and the BU, and the document that settles it.
 */
package org.fieldstock.domain.receiving;
