package org.fieldstock.application.transfer;

import java.util.List;

import org.fieldstock.domain.transfer.TransferSlip;

/**
 * A user's transfer work lists, oldest first: slips waiting for their review, transfer-outs to
 * ship (review when the goods leave), transfer-ins to receive (record the arrival and review), and
 * for the planning office the losses on arrival to approve.
 */
public record TransferWork(List<TransferSlip> toReview, List<TransferSlip> toShip, List<TransferSlip> toReceive,
        List<TransferSlip> lossesToApprove) {
}
