/**
 * Stock documents: other-inbound (其他入库单) and other-outbound (其他出库单) with their
 * categories, lines and the one save / review / unreview life cycle they share.
 */
package org.fieldstock.domain.document;
