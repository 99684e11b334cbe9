package org.fieldstock.domain.receiving;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.request.AddedPhoto;
import org.fieldstock.domain.request.PhotoType;

/** A photo of a discrepancy: what arrived short, over or damaged, as the keeper saw it. */
@Entity
@Table(name = "discrepancy_photo")
public class DiscrepancyPhoto extends AddedPhoto {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private DiscrepancyReport report;

    protected DiscrepancyPhoto() {
    }

    DiscrepancyPhoto(DiscrepancyReport report, int position, PhotoType type, byte[] content, String user, Instant now) {
        super(position, type, content, user, now);
        this.report = Objects.requireNonNull(report);
    }
}
