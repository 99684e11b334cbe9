package org.fieldstock.interfaces.requisition.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The requisition an emergency purchase or shipment was sent ahead of.
 *
 * @param requisition its number (REQ-…): of the same site, filed, being signed or approved
 */
@Schema(name = "RequisitionLink")
public record RequisitionLinkRequest(String requisition) {
}
