package org.fieldstock.domain.document;

import java.math.BigDecimal;

import org.fieldstock.domain.item.Item;

/** A line as entered, before it belongs to a document. The quantity may be missing: validation says so. */
public record NewLine(Item item, BigDecimal quantity, String remark) {
}
