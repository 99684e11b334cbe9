package org.fieldstock.domain.requisition;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.request.AddedPhoto;
import org.fieldstock.domain.request.PhotoType;

/** A photo the site added to its requisition: what a failed part or a worn tool looks like. */
@Entity
@Table(name = "requisition_photo")
public class RequisitionPhoto extends AddedPhoto {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requisition_id", nullable = false, updatable = false)
    private Requisition requisition;

    protected RequisitionPhoto() {
    }

    RequisitionPhoto(Requisition requisition, int position, PhotoType type, byte[] content, String user, Instant now) {
        super(position, type, content, user, now);
        this.requisition = Objects.requireNonNull(requisition);
    }
}
