package org.fieldstock.application.requisition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.requisition.DemandPlanLine;
import org.fieldstock.domain.requisition.DemandPlanRepository;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The annual demand plan (年度需求计划): per year, BU and item, last year's consumption, what the
 * BU's open requisitions ask for and its minimum stock beside the quantity planned. The planning
 * office hands it out as a workbook, edits it and imports it again; the plan's figures then show
 * beside consumption on the item's page.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class DemandPlanService {

    /** Years a plan may be made for, around today's: last year's is kept, three ahead may be planned. */
    static final int YEARS_BACK = 5;
    static final int YEARS_AHEAD = 3;

    @Inject
    private DemandPlanRepository plans;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** One BU's item in the plan: the year before's consumption, open requisitions, minimum stock, and the plan. */
    public record PlanRow(String buCode, Item item, BigDecimal consumedYearBefore, BigDecimal requested,
            BigDecimal minimum, BigDecimal planned, String note) implements Serializable {
    }

    /** A row of an imported plan workbook: a BU, an item, its planned quantity (none: off the plan) and note. */
    public record ImportRow(int rowNo, String buCode, String itemCode, BigDecimal planned, String note)
            implements Serializable {
    }

    /** What an import did: lines planned, lines taken off the plan. */
    public record Imported(int planned, int removed) {
    }

    /** An item's year at a BU: what it consumed and what was planned. */
    public record ItemYear(String buCode, int year, BigDecimal consumed, BigDecimal planned) implements Serializable {
    }

    /**
     * The plan of the year for one BU or every BU the caller sees: every item that BU consumed the
     * year before, asks for on open requisitions, keeps a minimum of, or has planned; by BU and item.
     */
    public List<PlanRow> sheet(int year, String buCode) {
        requireYear(year);
        Caller caller = currentCaller.get();
        List<OrgUnit> units = businessUnits(caller, buCode);
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = LocalDate.of(year - 1, 12, 31);
        List<PlanRow> rows = new ArrayList<>();
        for (OrgUnit bu : units) {
            Map<Long, BigDecimal> consumed = plans.consumedByItem(bu, from, to);
            Map<Long, BigDecimal> requested = plans.requestedByItem(bu);
            Map<Long, BigDecimal> minimum = plans.minimumByItem(bu);
            Map<Long, DemandPlanLine> planned = new HashMap<>();
            plans.ofYear(year, bu).forEach(line -> planned.put(line.getItem().getId(), line));
            Set<Long> ids = new HashSet<>(consumed.keySet());
            ids.addAll(requested.keySet());
            ids.addAll(minimum.keySet());
            ids.addAll(planned.keySet());
            Map<Long, Item> byId = new HashMap<>();
            planned.values().forEach(line -> byId.put(line.getItem().getId(), line.getItem()));
            items.byIds(ids.stream().filter(id -> !byId.containsKey(id)).toList())
                    .forEach(item -> byId.put(item.getId(), item));
            for (Long id : ids) {
                DemandPlanLine line = planned.get(id);
                rows.add(new PlanRow(bu.getCode(), byId.get(id), consumed.getOrDefault(id, BigDecimal.ZERO),
                        requested.getOrDefault(id, BigDecimal.ZERO), minimum.getOrDefault(id, BigDecimal.ZERO),
                        line == null ? null : line.getPlanned(), line == null ? null : line.getNote()));
            }
        }
        rows.sort(Comparator.comparing(PlanRow::buCode).thenComparing(row -> row.item().getCode()));
        return rows;
    }

    /**
     * Sets the plan of the year from a workbook's rows, all or none: every row's problem is answered
     * with its row number (a BU that is not one, an unknown item, a quantity of the wrong decimals,
     * an item twice for a BU) and then nothing changes. A row without a quantity takes the item off
     * the BU's plan. Only the planning office plans.
     */
    @RolesAllowed(Role.PLANNER_NAME)
    public Imported importPlan(int year, List<ImportRow> rows) {
        requireMayPlan();
        Caller caller = currentCaller.get();
        requireYear(year);
        if (rows == null || rows.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "demandPlan.import.empty");
        }
        List<Problem> problems = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportRow row : rows) {
            List<Problem> wrong = new ArrayList<>();
            OrgUnit bu = organisation.orgUnitByCode(row.buCode() == null ? "" : row.buCode().strip())
                    .filter(unit -> unit.getKind() == OrgUnitKind.BU).orElse(null);
            if (bu == null) {
                wrong.add(new Problem("demandPlan.bu.unknown", row.buCode() == null ? "" : row.buCode()));
            }
            Item item = items.byCode(row.itemCode() == null ? "" : row.itemCode().strip()).orElse(null);
            if (item == null) {
                wrong.add(new Problem("item.unknownCode", row.itemCode() == null ? "" : row.itemCode()));
            }
            if (bu != null && item != null) {
                if (!seen.add(bu.getCode() + "|" + item.getCode())) {
                    wrong.add(new Problem("demandPlan.import.twice", item.getCode(), bu.getCode()));
                }
                if (row.planned() != null || row.note() != null) {
                    wrong.addAll(DemandPlanLine.problems(item, row.planned(), row.note()));
                }
            }
            wrong.forEach(p -> problems.add(new Problem("minimumStock.import.row", row.rowNo(), p)));
            resolved.add(new Resolved(bu, item, row));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        Instant now = Instant.now();
        int planned = 0;
        int removed = 0;
        for (Resolved r : resolved) {
            DemandPlanLine line = plans.find(year, r.bu(), r.item()).orElse(null);
            if (r.row().planned() == null) {
                if (line != null) {
                    plans.remove(line);
                    removed++;
                }
                continue;
            }
            if (line == null) {
                plans.add(new DemandPlanLine(year, r.bu(), r.item(), r.row().planned(), r.row().note(),
                        caller.getUsername(), now));
            } else {
                line.change(r.row().planned(), r.row().note(), caller.getUsername(), now);
            }
            planned++;
        }
        audit.record(caller.getUsername(), AuditAction.DEMAND_PLAN_IMPORTED, AuditSubject.DEMAND_PLAN,
                String.valueOf(year), null, planned + " planned, " + removed + " removed");
        return new Imported(planned, removed);
    }

    private record Resolved(OrgUnit bu, Item item, ImportRow row) {
    }

    /**
     * An item's consumption and plan per BU the caller sees, for last year, this year and next: what
     * its item page shows beside the consumption.
     */
    public List<ItemYear> ofItem(String itemCode) {
        Caller caller = currentCaller.get();
        Item item = items.byCode(itemCode == null ? "" : itemCode.strip())
                .orElseThrow(() -> new NotFoundException("item.unknownCode", itemCode));
        int thisYear = LocalDate.now().getYear();
        Map<String, Map<Integer, BigDecimal>> plannedByBu = new HashMap<>();
        plans.ofItem(item, thisYear - 1, thisYear + 1).forEach(line -> plannedByBu
                .computeIfAbsent(line.getBusinessUnit().getCode(), k -> new HashMap<>())
                .put(line.getYear(), line.getPlanned()));
        List<ItemYear> years = new ArrayList<>();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            Map<String, BigDecimal> consumed = year > thisYear ? Map.of()
                    : plans.consumedByBusinessUnit(item, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            for (OrgUnit bu : businessUnits(caller, null)) {
                BigDecimal used = consumed.get(bu.getCode());
                BigDecimal planned = plannedByBu.getOrDefault(bu.getCode(), Map.of()).get(year);
                if (used != null || planned != null) {
                    years.add(new ItemYear(bu.getCode(), year, year > thisYear ? null
                            : used == null ? BigDecimal.ZERO : used, planned));
                }
            }
        }
        years.sort(Comparator.comparing(ItemYear::buCode).thenComparing(ItemYear::year));
        return years;
    }

    /** Refuses whoever may not import the plan: all but the planning office. */
    public void requireMayPlan() {
        Caller caller = currentCaller.get();
        if (!caller.mayPlanDemand()) {
            throw new AccessDeniedException("access.denied.demandPlan", caller.getUsername());
        }
    }

    /** Whether the caller may import the plan (the screen's button follows it). */
    public boolean mayPlan() {
        return currentCaller.get().mayPlanDemand();
    }

    /** The BUs the caller may read the plan of, or the one asked for if they may. */
    public List<OrgUnit> businessUnits() {
        return businessUnits(currentCaller.get(), null);
    }

    private List<OrgUnit> businessUnits(Caller caller, String buCode) {
        if (buCode != null && !buCode.isBlank()) {
            OrgUnit bu = organisation.orgUnitByCode(buCode.strip()).filter(unit -> unit.getKind() == OrgUnitKind.BU)
                    .filter(caller::maySeeDemandPlanOf)
                    .orElseThrow(() -> new NotFoundException("orgUnit.unknown", buCode.strip()));
            return List.of(bu);
        }
        return organisation.allOrgUnits().stream().filter(unit -> unit.getKind() == OrgUnitKind.BU)
                .filter(caller::maySeeDemandPlanOf).sorted(Comparator.comparing(OrgUnit::getCode)).toList();
    }

    private static void requireYear(int year) {
        int now = LocalDate.now().getYear();
        if (year < now - YEARS_BACK || year > now + YEARS_AHEAD) {
            throw new BusinessException(BusinessException.Kind.INVALID, "demandPlan.year.outOfRange", year,
                    now - YEARS_BACK, now + YEARS_AHEAD);
        }
    }
}
