package org.fieldstock.domain.requisition;

/**
 * What a user does to a requisition. The site changes or withdraws its draft; the signatures move
 * it one step on; sending back returns it to the site as a draft, refusing ends it, both with a
 * reason, by whoever's signature it waits for.
 */
public enum RequisitionAction {
    MODIFY, WITHDRAW, SIGN, CHECK, SUPERVISE, APPROVE, SEND_BACK, REFUSE;

    /** The status this signature is given in, and the one it leads to; null for other actions. */
    RequisitionStatus signedIn() {
        return switch (this) {
            case SIGN -> RequisitionStatus.DRAFT;
            case CHECK -> RequisitionStatus.FILED;
            case SUPERVISE -> RequisitionStatus.CHECKED;
            case APPROVE -> RequisitionStatus.SUPERVISOR_SIGNED;
            default -> null;
        };
    }

    RequisitionStatus leadsTo() {
        return switch (this) {
            case SIGN -> RequisitionStatus.FILED;
            case CHECK -> RequisitionStatus.CHECKED;
            case SUPERVISE -> RequisitionStatus.SUPERVISOR_SIGNED;
            case APPROVE -> RequisitionStatus.APPROVED;
            case SEND_BACK -> RequisitionStatus.DRAFT;
            case REFUSE -> RequisitionStatus.REFUSED;
            case WITHDRAW -> RequisitionStatus.WITHDRAWN;
            default -> null;
        };
    }

    /** Whether it is one of the four signatures that move a requisition on. */
    public boolean isSignature() {
        return signedIn() != null;
    }

    public boolean needsReason() {
        return this == SEND_BACK || this == REFUSE;
    }
}
