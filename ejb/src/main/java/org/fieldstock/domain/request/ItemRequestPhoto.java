package org.fieldstock.domain.request;

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

import org.fieldstock.domain.shared.BaseEntity;

/** One photo of an item request; its bytes are read only when the photo itself is shown. */
@Entity
@Table(name = "item_request_photo")
public class ItemRequestPhoto extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ItemRequest request;

    /** 1, 2, ... in the order the requester gave them. */
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

    protected ItemRequestPhoto() {
    }

    ItemRequestPhoto(ItemRequest request, int position, PhotoType type, byte[] content) {
        this.request = Objects.requireNonNull(request);
        this.position = position;
        this.type = Objects.requireNonNull(type);
        this.content = content.clone();
        this.sizeBytes = content.length;
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
}
