package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.domain.stocktake.CountLine;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.domain.stocktake.StocktakeRepository;
import org.fieldstock.domain.stocktake.StoreBeingCounted;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaStocktakeRepository implements StocktakeRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public String nextNumber(LocalDate date) {
        return String.format("ST-%d-%04d", date.getYear(), SequenceValues.next(em, "stocktake_number_seq"));
    }

    @Override
    public void add(StocktakeCampaign campaign) {
        em.persist(campaign);
    }

    @Override
    public void add(CountSheet sheet) {
        em.persist(sheet);
    }

    @Override
    public void add(CountLine line) {
        em.persist(line);
    }

    @Override
    public Optional<StocktakeCampaign> find(long campaignId) {
        return Optional.ofNullable(em.find(StocktakeCampaign.class, campaignId));
    }

    @Override
    public Optional<StocktakeCampaign> findForUpdate(long campaignId) {
        return Optional.ofNullable(em.find(StocktakeCampaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<StocktakeCampaign> campaigns() {
        return em.createQuery("SELECT c FROM StocktakeCampaign c ORDER BY c.createdAt DESC, c.id DESC",
                StocktakeCampaign.class).getResultList();
    }

    @Override
    public Page<StocktakeCampaign> campaigns(boolean all, OrgUnit businessUnit, PageRequest request) {
        // all, or those of every store, and the BU's
        String filter = " FROM StocktakeCampaign c JOIN c.scope u" + (all ? ""
                : " WHERE u.kind = :everyStore" + (businessUnit == null ? "" : " OR u = :bu"));
        return Paging.page(visibleCampaigns(em.createQuery("SELECT c" + filter
                        + " ORDER BY c.createdAt DESC, c.id DESC", StocktakeCampaign.class), all, businessUnit),
                visibleCampaigns(em.createQuery("SELECT c.id" + filter, Long.class), all, businessUnit), request);
    }

    private static <T> TypedQuery<T> visibleCampaigns(TypedQuery<T> query, boolean all, OrgUnit businessUnit) {
        if (!all) {
            query.setParameter("everyStore", OrgUnitKind.PLANNING_OFFICE);
            if (businessUnit != null) {
                query.setParameter("bu", businessUnit);
            }
        }
        return query;
    }

    @Override
    public List<Long> opening() {
        return em.createQuery("SELECT c.id FROM StocktakeCampaign c WHERE c.status = :opening", Long.class)
                .setParameter("opening", CampaignStatus.OPENING).getResultList();
    }

    @Override
    public List<CountSheet> sheetsOf(long campaignId) {
        return em.createQuery("SELECT s FROM CountSheet s WHERE s.campaign.id = :c ORDER BY s.store.code",
                CountSheet.class).setParameter("c", campaignId).getResultList();
    }

    /** The campaign's sheets of the stores in the scope: the campaign's key (campaign, store) serves it. */
    private static String sheetsInScope(StoreScope scope) {
        return " FROM CountSheet s JOIN s.store st JOIN st.owner o LEFT JOIN o.parent p WHERE s.campaign.id = :c"
                + StoreScopes.and(scope, "o", "p");
    }

    @Override
    public Page<CountSheet> sheetsOf(long campaignId, StoreScope scope, PageRequest request) {
        String order = request.sortsBy(SORT_STATUS)
                ? " ORDER BY s.status" + (request.sort().ascending() ? "" : " DESC") + ", st.code"
                : " ORDER BY st.code" + (request.sortsBy(SORT_STORE) && !request.sort().ascending() ? " DESC" : "");
        return Paging.page(
                StoreScopes.bind(em.createQuery("SELECT s" + sheetsInScope(scope) + order, CountSheet.class), scope)
                        .setParameter("c", campaignId),
                StoreScopes.bind(em.createQuery("SELECT s.id" + sheetsInScope(scope), Long.class), scope)
                        .setParameter("c", campaignId),
                request);
    }

    @Override
    public List<SheetState> sheetStates(long campaignId, StoreScope scope) {
        return StoreScopes.bind(em.createQuery("SELECT s.id, s.status, st" + sheetsInScope(scope) + " ORDER BY st.code",
                        Object[].class), scope).setParameter("c", campaignId).getResultList().stream()
                .map(row -> new SheetState(((Number) row[0]).longValue(), (SheetStatus) row[1], (Store) row[2]))
                .toList();
    }

    @Override
    public List<CountSheet> lockSheetsOf(long campaignId) {
        return em.createQuery("SELECT s FROM CountSheet s WHERE s.campaign.id = :c", CountSheet.class)
                .setParameter("c", campaignId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Optional<CountSheet> findSheet(long sheetId) {
        return Optional.ofNullable(em.find(CountSheet.class, sheetId));
    }

    @Override
    public Optional<CountSheet> findSheetForUpdate(long sheetId) {
        return Optional.ofNullable(em.find(CountSheet.class, sheetId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CountLine> linesOf(long sheetId) {
        return em.createQuery("SELECT l FROM CountLine l JOIN FETCH l.item i WHERE l.sheetId = :s ORDER BY i.code",
                CountLine.class).setParameter("s", sheetId).getResultList();
    }

    @Override
    public Map<Long, SheetTotals> totals(long campaignId) {
        List<Object[]> rows = new ArrayList<>(em.createQuery("SELECT l.sheetId, COUNT(l), COUNT(l.countedQuantity),"
                        // SIGN (1 here), not the literal 1: on Oracle EclipseLink binds literals, and a
                        // CASE of two parameters leaves the database to guess the type; ELSE NULL would
                        // be bound as text on PostgreSQL
                        + " SUM(CASE WHEN l.countedQuantity > l.expectedQuantity"
                        + "     THEN SIGN(l.countedQuantity - l.expectedQuantity) ELSE 0 END),"
                        + " SUM(CASE WHEN l.countedQuantity < l.expectedQuantity"
                        + "     THEN SIGN(l.expectedQuantity - l.countedQuantity) ELSE 0 END),"
                        + " SUM(CASE WHEN l.countedQuantity > l.expectedQuantity"
                        + "     THEN (l.countedQuantity - l.expectedQuantity) * COALESCE(i.unitPrice, 0) ELSE 0 END),"
                        + " SUM(CASE WHEN l.countedQuantity < l.expectedQuantity"
                        + "     THEN (l.expectedQuantity - l.countedQuantity) * COALESCE(i.unitPrice, 0) ELSE 0 END),"
                        + " SUM(l.bookQuantity * COALESCE(i.unitPrice, 0))"
                        // a join, not IN (subquery): the planner then walks the key of count_line per sheet
                        // instead of scanning the lines of every campaign ever held
                        + " FROM CountSheet s, CountLine l JOIN l.item i"
                        + " WHERE l.sheetId = s.id AND s.campaign.id = :c AND s.totalLines IS NULL"
                        + " GROUP BY l.sheetId", Object[].class)
                .setParameter("c", campaignId).getResultList());
        Map<Long, SheetTotals> totals = new HashMap<>();
        // the sheets whose figures are final kept them: only the others' lines are added up
        rows.addAll(em.createQuery("SELECT s.id, s.totalLines, s.totalCounted, s.totalGainLines, s.totalLossLines,"
                        + " s.totalGainValue, s.totalLossValue, s.totalBookValue FROM CountSheet s"
                        + " WHERE s.campaign.id = :c AND s.totalLines IS NOT NULL", Object[].class)
                .setParameter("c", campaignId).getResultList());
        for (Object[] row : rows) {
            long sheetId = ((Number) row[0]).longValue();
            totals.put(sheetId, new SheetTotals(sheetId, count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                    amount(row[5]), amount(row[6]), amount(row[7])));
        }
        return totals;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    @Override
    public List<CountSheet> unfrozen(long campaignId, int max) {
        return em.createQuery("SELECT s FROM CountSheet s WHERE s.campaign.id = :c AND s.frozenAt IS NULL"
                + " ORDER BY s.id", CountSheet.class).setParameter("c", campaignId).setMaxResults(max).getResultList();
    }

    @Override
    public int freeze(CountSheet sheet) {
        // set-based on purpose: a campaign over all stores freezes hundreds of thousands of lines
        return em.createNativeQuery("INSERT INTO count_line (sheet_id, item_id, book_qty)"
                        + " SELECT ?1, b.item_id, b.on_hand FROM stock_balance b WHERE b.store_id = ?2")
                .setParameter(1, sheet.getId())
                .setParameter(2, sheet.getStore().getId())
                .executeUpdate();
    }

    @Override
    public List<StoreBeingCounted> beingCounted(Collection<Long> storeIds) {
        List<Long> ids = List.copyOf(storeIds);
        List<StoreBeingCounted> held = new ArrayList<>();
        // in slices: Oracle takes at most 1,000 values in one IN list
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT s.store.code, s.campaign.number FROM CountSheet s WHERE s.status <> :approved"
                            + " AND s.campaign.status IN :counting AND s.store.id IN :stores", Object[].class)
                    .setParameter("approved", SheetStatus.APPROVED)
                    .setParameter("counting", List.of(CampaignStatus.OPENING, CampaignStatus.OPEN))
                    .setParameter("stores", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList()
                    .forEach(row -> held.add(new StoreBeingCounted((String) row[0], (String) row[1])));
        }
        held.sort(Comparator.comparing(StoreBeingCounted::store).thenComparing(StoreBeingCounted::campaign));
        return held;
    }

    @Override
    public void discard(StocktakeCampaign campaign) {
        em.createQuery("DELETE FROM CountLine l WHERE l.sheetId IN"
                + " (SELECT s.id FROM CountSheet s WHERE s.campaign.id = :c)").setParameter("c", campaign.getId())
                .executeUpdate();
        em.createQuery("DELETE FROM CountSheet s WHERE s.campaign.id = :c").setParameter("c", campaign.getId())
                .executeUpdate();
        em.remove(campaign);
    }

    @Override
    public List<LatestCount> latestCounts(Store store, Instant upTo) {
        List<Object[]> rows = em.createQuery("SELECT l, c.number, s.status FROM CountLine l, CountSheet s"
                        + " JOIN s.campaign c WHERE l.sheetId = s.id AND s.store = :store"
                        + " AND s.status IN :handedIn AND l.countedQuantity IS NOT NULL AND l.countedAt <= :upTo"
                        + " ORDER BY l.countedAt, l.itemId", Object[].class)
                .setParameter("store", store)
                .setParameter("handedIn", List.of(SheetStatus.SUBMITTED, SheetStatus.APPROVED))
                .setParameter("upTo", upTo)
                .getResultList();
        Map<Long, LatestCount> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            CountLine line = (CountLine) row[0];
            latest.put(line.getItem().getId(), new LatestCount(line.getItem(), line.getCountedQuantity(),
                    line.getCountedAt(), (String) row[1], line.getExpectedQuantity(),
                    row[2] == SheetStatus.APPROVED));
        }
        return List.copyOf(latest.values());
    }
}
