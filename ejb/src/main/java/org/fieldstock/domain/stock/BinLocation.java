package org.fieldstock.domain.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * Where an item is kept in a store (物料卡, 3篇 1.4.2): the zone or rack, and optionally the level and
 * the position on it, as the bin card on the shelf says.
 */
@Entity
@Table(name = "bin_location")
public class BinLocation extends BaseEntity {

    public static final int MAX_ZONE = 20;
    public static final int MAX_PART = 10;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "zone", nullable = false, length = MAX_ZONE)
    private String zone;

    @Column(name = "shelf_level", length = MAX_PART)
    private String level;

    @Column(name = "position", length = MAX_PART)
    private String position;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected BinLocation() {
    }

    public BinLocation(Store store, Item item, String zone, String level, String position, String user, Instant now) {
        this.store = Objects.requireNonNull(store);
        this.item = Objects.requireNonNull(item);
        move(zone, level, position, user, now);
    }

    /** Puts the item somewhere else in the store; throws with every broken rule at once. */
    public void move(String newZone, String newLevel, String newPosition, String user, Instant now) {
        String z = TextRules.clean(newZone);
        String l = TextRules.clean(newLevel);
        String p = TextRules.clean(newPosition);
        List<Problem> problems = new ArrayList<>();
        if (z == null || z.length() > MAX_ZONE) {
            problems.add(new Problem("bin.zone.required", MAX_ZONE));
        }
        if (l != null && l.length() > MAX_PART || p != null && p.length() > MAX_PART) {
            problems.add(new Problem("bin.part.tooLong", MAX_PART));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.zone = z;
        this.level = l;
        this.position = p;
        this.setBy = Objects.requireNonNull(user);
        this.setAt = Objects.requireNonNull(now);
    }

    /** As the bin card writes it: zone, level and position joined by dashes (A03-2-05). */
    public String label() {
        StringBuilder label = new StringBuilder(zone);
        if (level != null) {
            label.append('-').append(level);
        }
        if (position != null) {
            label.append('-').append(position);
        }
        return label.toString();
    }

    public Store getStore() {
        return store;
    }

    public Item getItem() {
        return item;
    }

    public String getZone() {
        return zone;
    }

    public String getLevel() {
        return level;
    }

    public String getPosition() {
        return position;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
