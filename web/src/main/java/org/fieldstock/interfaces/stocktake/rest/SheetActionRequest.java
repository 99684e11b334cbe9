package org.fieldstock.interfaces.stocktake.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Naming the team, or a decision on a submitted sheet.
 *
 * @param counter  who counted (team)
 * @param witness  who witnessed the count, 监盘 (team)
 * @param comment  the manager's comment: needed when sending back
 * @param version  the sheet's version read
 */
@Schema(name = "SheetActionRequest")
public record SheetActionRequest(String counter, String witness, String comment, Integer version) {
}
