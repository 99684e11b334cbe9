package org.fieldstock.interfaces.transfer.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.interfaces.document.rest.DocumentRequest;

/**
 * A transfer slip to make or the new content of one to modify.
 *
 * @param kind              GOOD or DAMAGED (fixed once made)
 * @param from              sending store code, e.g. ZBET-G
 * @param to                receiving store code, of the same kind, at another site or BU
 * @param date              slip date, ISO yyyy-MM-dd
 * @param packingListRef    packing-list reference, carried by the transfer-out
 * @param agreedBySending   cross-BU only: the sending BU's manager who agreed
 * @param agreedByReceiving cross-BU only: the receiving BU's manager who agreed
 * @param remark            free text
 * @param lines             item, quantity, and for tracked items the batch and serials (turbine and expiry are not used)
 * @param version           for modify: the version read, so that a change made meanwhile is detected
 * @param emergency         GOOD only: shipped first in an emergency, its requisition to follow (linked
 *                          afterwards by PUT /api/transfers/{id}/requisition); on the BU's list until then
 */
@Schema(name = "TransferRequest")
public record TransferRequest(String kind, String from, String to, LocalDate date, String packingListRef,
        String agreedBySending, String agreedByReceiving, String remark, List<DocumentRequest.Line> lines,
        Integer version, Boolean emergency) {
}
