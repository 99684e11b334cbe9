package org.fieldstock.domain.request;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats a request may carry, recognised by their first bytes, never by a file name. */
public enum PhotoType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] magic;

    PhotoType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    /** The format whose signature the bytes start with; empty for anything else. */
    public static Optional<PhotoType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(t -> content.length > t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    /** The format of a photo to keep, at most {@code maxBytes} large; refused when it is no JPEG or PNG or too large. */
    public static PhotoType requirePicture(byte[] content, int maxBytes) {
        PhotoType type = detect(content).orElseThrow(() -> new org.fieldstock.domain.shared.BusinessException(
                org.fieldstock.domain.shared.BusinessException.Kind.INVALID, "requisition.photo.notAPicture"));
        if (content.length > maxBytes) {
            throw new org.fieldstock.domain.shared.BusinessException(
                    org.fieldstock.domain.shared.BusinessException.Kind.INVALID, "requisition.photo.tooLarge",
                    maxBytes / (1024 * 1024));
        }
        return type;
    }

    public String mediaType() {
        return mediaType;
    }
}
