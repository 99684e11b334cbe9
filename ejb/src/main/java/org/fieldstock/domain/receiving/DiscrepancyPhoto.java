package org.fieldstock.domain.receiving;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.request.PhotoType;
import org.fieldstock.domain.shared.BaseEntity;

/** A photo of a discrepancy; its bytes are read only when the photo itself is shown. */
@Entity
@Table(name = "discrepancy_photo")
public class DiscrepancyPhoto extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private DiscrepancyReport report;

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

    protected DiscrepancyPhoto() {
    }

    DiscrepancyPhoto(DiscrepancyReport report, int position, PhotoType type, byte[] content, String user, Instant now) {
        this.report = Objects.requireNonNull(report);
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
}
