package org.fieldstock.domain.request;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;

import org.fieldstock.domain.shared.BaseEntity;

/**
 * A photo someone added to a paper (a requisition, a discrepancy report): its place among the paper's
 * photos, its format and bytes (read only when the photo itself is shown), who added it and when.
 */
@MappedSuperclass
public abstract class AddedPhoto extends BaseEntity {

    /** 1, 2, ... in the order they were added; a removed photo's number is not given again. */
    @Column(name = "photo_pos", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, updatable = false)
    private PhotoType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected AddedPhoto() {
    }

    protected AddedPhoto(int position, PhotoType type, byte[] content, String user, Instant now) {
        this.position = position;
        this.type = Objects.requireNonNull(type);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.addedBy = Objects.requireNonNull(user);
        this.addedAt = Objects.requireNonNull(now);
    }

    public int getPosition() {
        return position;
    }

    public PhotoType getType() {
        return type;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
