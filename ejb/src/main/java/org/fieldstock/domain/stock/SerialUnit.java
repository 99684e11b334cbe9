package org.fieldstock.domain.stock;

import java.time.Instant;
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
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;

/**
 * One unit of a serial-tracked item and the store it is in now, if any. One row per (item,
 * serial), locked while a posting moves it, so a serial is never in two stores at once.
 */
@Entity
@Table(name = "serial_unit")
public class SerialUnit extends BaseEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    /*
     * The same foreign keys as plain columns, read only: the posting locks its rows in the order of
     * these ids, and ordering by them reads this table alone (ordering by item.id would join the item
     * and store tables, and FOR UPDATE would then lock their rows as well).
     */
    @Column(name = "item_id", insertable = false, updatable = false)
    private Long itemId;

    @Column(name = "serial_no", nullable = false, updatable = false)
    private String serialNo;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    /** The turbine the unit was issued onto, while it is there (in no store). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "turbine_id")
    private Turbine turbine;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SerialUnit() {
    }

    public SerialUnit(Item item, String serialNo) {
        this.item = Objects.requireNonNull(item);
        this.serialNo = Objects.requireNonNull(serialNo);
    }

    /** The unit comes into a store; it must not be in any store now. It is no longer on a turbine. */
    public void enter(Store into, Instant now) {
        if (store != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.serial.inOtherStore", item.getCode(),
                    serialNo, store.getCode(), into.getCode());
        }
        store = into;
        arrivedAt = now;
        turbine = null;
    }

    /**
     * The unit comes into a store from the turbine it was taken off: if it is known to be on a turbine,
     * that turbine is at the same site.
     */
    public void enterFrom(Turbine takenOff, Store into, Instant now) {
        if (turbine != null && !turbine.getSite().getCode().equals(takenOff.getSite().getCode())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.serial.onOtherSite", item.getCode(),
                    serialNo, turbine.getTurbineNo(), turbine.getSite().getCode(), takenOff.getSite().getCode());
        }
        enter(into, now);
    }

    /** The unit leaves a store onto a turbine. */
    public void leaveOnto(Turbine fittedTo, Store from) {
        leave(from);
        turbine = fittedTo;
    }

    /** The unit leaves a store; it must be in that store now. */
    public void leave(Store from) {
        if (store == null || !store.getCode().equals(from.getCode())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.serial.notInStore", item.getCode(),
                    serialNo, from.getCode());
        }
        store = null;
        arrivedAt = null;
    }

    public Item getItem() {
        return item;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public Store getStore() {
        return store;
    }

    /** The turbine the unit is fitted to, if it was issued onto one and is there still. */
    public Turbine getTurbine() {
        return turbine;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }
}
