package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;

/** The annual demand plan's lines and the figures the planning office sets them beside. */
public interface DemandPlanRepository {

    void add(DemandPlanLine line);

    void remove(DemandPlanLine line);

    Optional<DemandPlanLine> find(int year, OrgUnit businessUnit, Item item);

    /** The year's lines of a BU (every BU when null), by BU and item code. */
    List<DemandPlanLine> ofYear(int year, OrgUnit businessUnit);

    /** An item's lines of the years given, of every BU. */
    List<DemandPlanLine> ofItem(Item item, int fromYear, int toYear);

    /**
     * By item id, what the stores of the BU and of its sites gave out on reviewed self-use issues
     * dated from {@code from} to {@code to} (both included).
     */
    Map<Long, BigDecimal> consumedByItem(OrgUnit businessUnit, LocalDate from, LocalDate to);

    /** By item id, what the BU's sites' open requisitions (filed, being signed, approved) ask for. */
    Map<Long, BigDecimal> requestedByItem(OrgUnit businessUnit);

    /** By item id, the minimum stock set at the stores of the BU and of its sites. */
    Map<Long, BigDecimal> minimumByItem(OrgUnit businessUnit);

    /** By BU code, what the item's self-use issues gave out between the days at each BU's stores and its sites'. */
    Map<String, BigDecimal> consumedByBusinessUnit(Item item, LocalDate from, LocalDate to);
}
