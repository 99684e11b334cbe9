package org.fieldstock.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<Store> storeByCode(String code) {
        return em.createQuery("SELECT s FROM Store s WHERE s.code = :code", Store.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Store> allStores() {
        return em.createQuery("SELECT s FROM Store s ORDER BY s.code", Store.class).getResultList();
    }

    @Override
    public List<Turbine> turbinesOf(OrgUnit site) {
        return em.createQuery("SELECT t FROM Turbine t WHERE t.site = :site ORDER BY t.turbineNo", Turbine.class)
                .setParameter("site", site)
                .getResultList();
    }

    @Override
    public Optional<Turbine> turbine(OrgUnit site, String turbineNo) {
        return em.createQuery("SELECT t FROM Turbine t WHERE t.site = :site AND t.turbineNo = :no", Turbine.class)
                .setParameter("site", site)
                .setParameter("no", turbineNo)
                .getResultStream()
                .findFirst();
    }

    /**
     * Sites with an active store in the scope, in SQL: a store's owner is its site, so the scope
     * compares the site and its BU; served by the org unit's kind or parent and the store's owner key.
     * Native, with {@code active} bound: EclipseLink writes the JPQL of this query with its values
     * inlined, TRUE as 1, which H2 compares with no boolean column.
     */
    private Query activeSites(String select, OrgUnit businessUnit, StoreScope scope, String order) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select).append(" FROM org_unit site WHERE site.kind = ?");
        parameters.add(OrgUnitKind.SITE.name());
        if (businessUnit != null) {
            sql.append(" AND site.parent_id = ?");
            parameters.add(businessUnit.getId());
        }
        if (!scope.everyStore()) {
            // a site's stores are in the scope when the site is its unit or lies right under it
            if (scope.unit() == null) {
                sql.append(" AND site.id IS NULL");
            } else {
                sql.append(" AND (site.id = ? OR site.parent_id = ?)");
                parameters.add(scope.unit().getId());
                parameters.add(scope.unit().getId());
            }
        }
        sql.append(" AND EXISTS (SELECT 1 FROM store s WHERE s.owner_id = site.id AND s.active = ?)").append(order);
        parameters.add(Boolean.TRUE);
        Query query = select.equals("SELECT site.*") ? em.createNativeQuery(sql.toString(), OrgUnit.class)
                : em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public Page<OrgUnit> sitesWithActiveStores(OrgUnit businessUnit, StoreScope scope, PageRequest request) {
        return Paging.page(activeSites("SELECT site.*", businessUnit, scope, " ORDER BY site.code"),
                activeSites("SELECT site.id", businessUnit, scope, ""), request);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OrgUnit> sitesWithActiveStores(OrgUnit businessUnit, StoreScope scope) {
        return activeSites("SELECT site.*", businessUnit, scope, " ORDER BY site.code").getResultList();
    }

    /**
     * The org units a caller sees: all, or their own and those owning a store in the scope (the
     * store's owner key serves the EXISTS).
     */
    private static String visibleUnits(boolean all, StoreScope scope) {
        return " FROM OrgUnit u LEFT JOIN u.parent p" + (all ? "" : " WHERE u.id = :own OR EXISTS (SELECT s.id"
                + " FROM Store s WHERE s.owner = u" + StoreScopes.and(scope, "u", "p") + ")");
    }

    @Override
    public Page<OrgUnit> orgUnits(boolean all, long ownUnitId, StoreScope scope, PageRequest request) {
        // the chart's order: the planning office; each BU (its own code) and its sites (their BU's code) together
        TypedQuery<Object[]> rows = em.createQuery("SELECT u, CASE WHEN u.kind = :office THEN 0 ELSE 1 END AS k,"
                + " CASE WHEN u.kind = :siteKind THEN p.code ELSE u.code END AS b,"
                + " CASE WHEN u.kind = :siteKind THEN 1 ELSE 0 END AS s" + visibleUnits(all, scope)
                + " ORDER BY k, b, s, u.code", Object[].class)
                .setParameter("office", OrgUnitKind.PLANNING_OFFICE).setParameter("siteKind", OrgUnitKind.SITE);
        Page<Object[]> page = Paging.page(visibleUnits(rows, all, ownUnitId, scope),
                visibleUnits(em.createQuery("SELECT u.id" + visibleUnits(all, scope), Long.class), all, ownUnitId,
                        scope),
                request);
        return page.map(row -> (OrgUnit) row[0]);
    }

    private static <T> TypedQuery<T> visibleUnits(TypedQuery<T> query, boolean all, long ownUnitId, StoreScope scope) {
        return all ? query : StoreScopes.bind(query.setParameter("own", ownUnitId), scope);
    }

    @Override
    public List<OrgUnit> orgUnitsOfKind(OrgUnitKind kind) {
        return em.createQuery("SELECT o FROM OrgUnit o WHERE o.kind = :kind ORDER BY o.code", OrgUnit.class)
                .setParameter("kind", kind).getResultList();
    }

    @Override
    public List<Store> storesOwnedBy(Collection<OrgUnit> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        // a page of units at a time: well inside Oracle's IN-list limit
        return em.createQuery("SELECT s FROM Store s WHERE s.owner IN :owners ORDER BY s.code", Store.class)
                .setParameter("owners", owners).getResultList();
    }

    @Override
    public Page<Store> stores(StoreScope scope, PageRequest request) {
        String filter = " FROM Store s JOIN s.owner o LEFT JOIN o.parent p" + StoreScopes.where(scope, "o", "p");
        return Paging.page(StoreScopes.bind(em.createQuery("SELECT s" + filter + " ORDER BY s.code", Store.class), scope),
                StoreScopes.bind(em.createQuery("SELECT s.id" + filter, Long.class), scope), request);
    }

    @Override
    public Optional<OrgUnit> orgUnitByCode(String code) {
        return em.createQuery("SELECT o FROM OrgUnit o WHERE o.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OrgUnit> allOrgUnits() {
        return em.createQuery("SELECT o FROM OrgUnit o ORDER BY o.code", OrgUnit.class).getResultStream()
                .sorted(java.util.Comparator.comparing(OrgUnit::getKind)).toList();
    }

    @Override
    public Optional<OrgUnit> orgUnitByCodeForUpdate(String code) {
        return orgUnitByCode(code).map(this::locked);
    }

    @Override
    public Optional<Store> storeByCodeForUpdate(String code) {
        return storeByCode(code).map(this::locked);
    }

    @Override
    public Optional<Turbine> turbineForUpdate(OrgUnit site, String turbineNo) {
        return turbine(site, turbineNo).map(this::locked);
    }

    private <T> T locked(T entity) {
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return entity;
    }

    @Override
    public void add(OrgUnit unit, Store goodStore, Store damagedStore) {
        em.persist(unit);
        em.persist(goodStore);
        em.persist(damagedStore);
        try {
            em.flush();
        } catch (PersistenceException codeTakenMeanwhile) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "orgUnit.code.taken", unit.getCode());
        }
    }

    @Override
    public void add(Turbine turbine) {
        em.persist(turbine);
        try {
            em.flush();
        } catch (PersistenceException numberTakenMeanwhile) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "turbine.number.taken",
                    turbine.getTurbineNo(), turbine.getSite().getCode());
        }
    }

    @Override
    public boolean hasStock(Store store) {
        return exists("SELECT b.id FROM StockBalance b WHERE b.store = :store AND b.onHand <> 0", store)
                || exists("SELECT b.id FROM StockBatch b WHERE b.store = :store AND b.onHand <> 0", store)
                || exists("SELECT u.id FROM SerialUnit u WHERE u.store = :store", store);
    }

    private boolean exists(String jpql, Store store) {
        return !em.createQuery(jpql, Long.class).setParameter("store", store).setMaxResults(1).getResultList()
                .isEmpty();
    }

    @Override
    public List<Store> storesOf(OrgUnit unit) {
        return em.createQuery("SELECT s FROM Store s WHERE s.owner = :owner ORDER BY s.code", Store.class)
                .setParameter("owner", unit)
                .getResultList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(o) FROM OrgUnit o", Long.class).getSingleResult() == 0;
    }
}
