package org.fieldstock.domain.receiving;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.request.PhotoType;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * A discrepancy report (3篇 1.2): what the check and count of a delivered receipt found short, over,
 * or damaged (packaging or goods), in writing with photos, for the site chief and the BU; open until
 * the document that puts it right settles it: a material return of that receipt, a damage intake or
 * a storage-damage issue at the same site, or a further receipt of what was short.
 */
@Entity
@Table(name = "discrepancy_report")
public class DiscrepancyReport extends BaseEntity {

    public static final int MAX_PHOTOS = 5;
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    public static final int MAX_TEXT = 500;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "report_no", nullable = false, updatable = false, length = 30)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "receipt_id", nullable = false, updatable = false)
    private StockDocument receipt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private DiscrepancyKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @Column(name = "quantity", updatable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "description", nullable = false, updatable = false, length = MAX_TEXT)
    private String description;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "settled_by_document_id")
    private StockDocument settledBy;

    @Column(name = "settled_by")
    private String settledByUser;

    @Column(name = "settled_at")
    private Instant settledAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<DiscrepancyPhoto> photos = new ArrayList<>();

    protected DiscrepancyReport() {
    }

    /** A new report on a delivered receipt; throws with every broken rule at once. */
    public DiscrepancyReport(String number, StockDocument receipt, DiscrepancyKind kind, Item item, BigDecimal quantity,
            String description, String user, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (!receipt.getCategory().isDelivered() || receipt.getStatus() == DocumentStatus.DELETED) {
            problems.add(new Problem("discrepancy.receipt.notDelivered", receipt.getNumber()));
        }
        if (kind == null) {
            problems.add(new Problem("discrepancy.kind.required"));
        }
        boolean counted = kind == DiscrepancyKind.SHORT || kind == DiscrepancyKind.OVER;
        if (item != null && receipt.getLines().stream().noneMatch(l -> l.getItem().getCode().equals(item.getCode()))
                && kind != DiscrepancyKind.OVER) {
            problems.add(new Problem("discrepancy.item.notOnReceipt", item.getCode(), receipt.getNumber()));
        }
        if (counted && (item == null || quantity == null)) {
            problems.add(new Problem("discrepancy.quantity.required"));
        }
        if (quantity != null && (item == null || quantity.signum() <= 0 || !Quantity.fits(quantity)
                || !Quantity.inUnitsOf(quantity, item))) {
            problems.add(new Problem("discrepancy.quantity.invalid", quantity.toPlainString()));
        }
        String text = TextRules.clean(description);
        if (text == null || text.length() > MAX_TEXT) {
            problems.add(new Problem("discrepancy.description.required", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.number = Objects.requireNonNull(number);
        this.receipt = receipt;
        this.kind = kind;
        this.item = item;
        this.quantity = quantity;
        this.description = text;
        this.reportedBy = Objects.requireNonNull(user);
        this.reportedAt = Objects.requireNonNull(now);
    }

    /** Adds a photo (JPEG or PNG, at most {@link #MAX_PHOTO_BYTES}, at most {@link #MAX_PHOTOS}) while it is open. */
    public DiscrepancyPhoto addPhoto(byte[] content, String user, Instant now) {
        requireOpen();
        if (photos.size() >= MAX_PHOTOS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "discrepancy.photos.tooMany", MAX_PHOTOS);
        }
        PhotoType type = PhotoType.requirePicture(content, MAX_PHOTO_BYTES);
        int position = photos.stream().mapToInt(DiscrepancyPhoto::getPosition).max().orElse(0) + 1;
        DiscrepancyPhoto photo = new DiscrepancyPhoto(this, position, type, content, user, now);
        photos.add(photo);
        return photo;
    }

    /**
     * Settles the report with the document that puts it right, of the receipt's site: a material
     * return of the receipt, a damage intake or storage-damage issue, or another delivered receipt
     * (what was short, sent after); not deleted.
     */
    public void settle(StockDocument document, String user, Instant now) {
        requireOpen();
        boolean sameSite = document.getStore().getOwner().getCode().equals(receipt.getStore().getOwner().getCode());
        DocumentCategory category = document.getCategory();
        boolean settles = category == DocumentCategory.MATERIAL_RETURN && document.getReverses() != null
                && document.getReverses().getId().equals(receipt.getId())
                || category == DocumentCategory.DAMAGE_INTAKE || category == DocumentCategory.STORAGE_DAMAGE
                || category.isDelivered() && !document.getId().equals(receipt.getId());
        if (!sameSite || !settles || document.getStatus() == DocumentStatus.DELETED) {
            throw new BusinessException(BusinessException.Kind.INVALID, "discrepancy.settle.invalid",
                    document.getNumber(), number, receipt.getNumber());
        }
        this.settledBy = document;
        this.settledByUser = Objects.requireNonNull(user);
        this.settledAt = Objects.requireNonNull(now);
    }

    private void requireOpen() {
        if (isSettled()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "discrepancy.settled", number,
                    settledBy.getNumber());
        }
    }

    public boolean isSettled() {
        return settledBy != null;
    }

    public Optional<DiscrepancyPhoto> photo(int position) {
        return photos.stream().filter(p -> p.getPosition() == position).findFirst();
    }

    public int getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public StockDocument getReceipt() {
        return receipt;
    }

    public DiscrepancyKind getKind() {
        return kind;
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getDescription() {
        return description;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public StockDocument getSettledBy() {
        return settledBy;
    }

    public String getSettledByUser() {
        return settledByUser;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public List<DiscrepancyPhoto> getPhotos() {
        return List.copyOf(photos);
    }
}
