package org.fieldstock.interfaces.transfer.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.transfer.TransferWork;

/** The caller's transfer work lists, oldest first. */
@Schema(name = "TransferWork")
public record TransferWorkJson(List<TransferJson> toReview, List<TransferJson> toShip, List<TransferJson> toReceive,
        List<TransferJson> lossesToApprove) {

    static TransferWorkJson of(TransferWork work) {
        return new TransferWorkJson(work.toReview().stream().map(TransferJson::of).toList(),
                work.toShip().stream().map(TransferJson::of).toList(),
                work.toReceive().stream().map(TransferJson::of).toList(),
                work.lossesToApprove().stream().map(TransferJson::of).toList());
    }
}
