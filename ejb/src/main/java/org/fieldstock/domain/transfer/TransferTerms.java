package org.fieldstock.domain.transfer;

/**
 * The free-text parts of a slip: the packing-list reference the outbound carries, the managers of
 * the sending and receiving BU who agreed a cross-BU transfer, and a remark.
 */
public record TransferTerms(String packingListRef, String agreedBySending, String agreedByReceiving, String remark) {

    public TransferTerms {
        packingListRef = trimmed(packingListRef);
        agreedBySending = trimmed(agreedBySending);
        agreedByReceiving = trimmed(agreedByReceiving);
        remark = trimmed(remark);
    }

    public static final TransferTerms NONE = new TransferTerms(null, null, null, null);

    /** Whether the slip records that BU managers agreed it between themselves. */
    public boolean agreedBetweenBus() {
        return agreedBySending != null || agreedByReceiving != null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
