package org.fieldstock.domain.request;

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

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * A site's (or a BU's) request for the code of an item it needs but cannot name (2篇 2.2): what
 * it is, its spec and unit, why it is needed, and photos. The planning office creates the item
 * from it, and the requester then sees the code, or rejects it with a reason.
 */
@Entity
@Table(name = "item_request")
public class ItemRequest extends BaseEntity {

    public static final int MAX_PHOTOS = 5;
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit requestedFor;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "spec", updatable = false)
    private String spec;

    @Column(name = "unit", nullable = false, updatable = false)
    private String unit;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ItemRequestStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<ItemRequestPhoto> photos = new ArrayList<>();

    protected ItemRequest() {
    }

    /**
     * A new open request, or every problem of it at once. Photos must be 1 to 5 JPEG or PNG
     * pictures of at most 2 MB each, recognised by their content.
     */
    public static ItemRequest submit(OrgUnit requestedFor, String name, String spec, String unit, String reason,
            List<byte[]> photos, String requestedBy, Instant requestedAt) {
        List<Problem> problems = new ArrayList<>();
        if (requestedFor == null) {
            problems.add(new Problem("masterData.required", new MessageKey("field.requestedFor")));
        } else if (requestedFor.getKind() == OrgUnitKind.PLANNING_OFFICE) {
            problems.add(new Problem("itemRequest.orgUnit.notSiteOrBu", requestedFor.getCode()));
        }
        String cleanName = TextRules.clean(name);
        String cleanSpec = TextRules.clean(spec);
        String cleanUnit = TextRules.clean(unit);
        String cleanReason = TextRules.clean(reason);
        TextRules.required(problems, cleanName, 150, "field.name");
        TextRules.optional(problems, cleanSpec, 200, "field.spec");
        TextRules.required(problems, cleanUnit, 10, "field.unit");
        TextRules.optional(problems, cleanReason, 500, "field.reason");
        List<PhotoType> types = checkPhotos(photos, problems);
        TextRules.throwIfAny(problems);

        ItemRequest request = new ItemRequest();
        request.requestedFor = requestedFor;
        request.name = cleanName;
        request.spec = cleanSpec;
        request.unit = cleanUnit;
        request.reason = cleanReason;
        request.status = ItemRequestStatus.OPEN;
        request.requestedBy = Objects.requireNonNull(requestedBy);
        request.requestedAt = Objects.requireNonNull(requestedAt);
        for (int i = 0; i < photos.size(); i++) {
            request.photos.add(new ItemRequestPhoto(request, i + 1, types.get(i), photos.get(i)));
        }
        return request;
    }

    private static List<PhotoType> checkPhotos(List<byte[]> photos, List<Problem> problems) {
        List<PhotoType> types = new ArrayList<>();
        if (photos == null || photos.isEmpty() || photos.size() > MAX_PHOTOS) {
            problems.add(new Problem("itemRequest.photos.count", MAX_PHOTOS));
            return types;
        }
        for (int i = 0; i < photos.size(); i++) {
            byte[] photo = photos.get(i);
            Optional<PhotoType> type = PhotoType.detect(photo);
            if (type.isEmpty()) {
                problems.add(new Problem("itemRequest.photo.notAPicture", i + 1));
            } else if (photo.length > MAX_PHOTO_BYTES) {
                problems.add(new Problem("itemRequest.photo.tooLarge", i + 1, MAX_PHOTO_BYTES / (1024 * 1024)));
            }
            types.add(type.orElse(null));
        }
        return types;
    }

    /** The planning office created the item this request asked for. */
    public void itemCreated(Item created, String by, Instant at) {
        requireOpen();
        this.item = Objects.requireNonNull(created);
        decide(ItemRequestStatus.CREATED, by, at);
    }

    /** The planning office turned the request down, and says why. */
    public void reject(String why, String by, Instant at) {
        requireOpen();
        List<Problem> problems = new ArrayList<>();
        String cleaned = TextRules.clean(why);
        TextRules.required(problems, cleaned, 500, "field.rejectionReason");
        TextRules.throwIfAny(problems);
        this.rejectionReason = cleaned;
        decide(ItemRequestStatus.REJECTED, by, at);
    }

    private void requireOpen() {
        if (status != ItemRequestStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "itemRequest.alreadyDecided", getId(),
                    MessageKey.of(status));
        }
    }

    private void decide(ItemRequestStatus decision, String by, Instant at) {
        this.status = decision;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public Optional<ItemRequestPhoto> photo(int position) {
        return photos.stream().filter(p -> p.getPosition() == position).findFirst();
    }

    public OrgUnit getRequestedFor() {
        return requestedFor;
    }

    public String getName() {
        return name;
    }

    public String getSpec() {
        return spec;
    }

    public String getUnit() {
        return unit;
    }

    public String getReason() {
        return reason;
    }

    public ItemRequestStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Item getItem() {
        return item;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public int getVersion() {
        return version;
    }

    public List<ItemRequestPhoto> getPhotos() {
        return List.copyOf(photos);
    }
}
