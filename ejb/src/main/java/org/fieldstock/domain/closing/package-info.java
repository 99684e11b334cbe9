/**
 * Month-end close (月结) per BU: a closed month's documents are final until the planning office
 * reopens the month, giving a reason.
 */
package org.fieldstock.domain.closing;
