package org.fieldstock.infrastructure.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
     * Sites with an active store in the scope: the scope's ids compared with the store's owner (the
     * site) and its parent (the BU), served by the store's owner key and the org unit's parent.
     */
    private static final String SITES_WITH_ACTIVE_STORES = " FROM OrgUnit site WHERE site.kind = :site"
            + " AND (:bu = -1 OR site.parent.id = :bu)"
            + " AND EXISTS (SELECT s.id FROM Store s WHERE s.owner = site AND s.active = TRUE"
            + "   AND " + StoreScopes.condition("site", "site.parent") + ")";

    @Override
    public Page<OrgUnit> sitesWithActiveStores(OrgUnit businessUnit, StoreScope scope, PageRequest request) {
        return Paging.page(sites(em.createQuery("SELECT site" + SITES_WITH_ACTIVE_STORES + " ORDER BY site.code",
                        OrgUnit.class), businessUnit, scope),
                sites(em.createQuery("SELECT site.id" + SITES_WITH_ACTIVE_STORES, Long.class), businessUnit, scope),
                request);
    }

    @Override
    public List<OrgUnit> sitesWithActiveStores(OrgUnit businessUnit, StoreScope scope) {
        return sites(em.createQuery("SELECT site" + SITES_WITH_ACTIVE_STORES + " ORDER BY site.code", OrgUnit.class),
                businessUnit, scope).getResultList();
    }

    private static <T> TypedQuery<T> sites(TypedQuery<T> query, OrgUnit businessUnit, StoreScope scope) {
        return StoreScopes.bind(query.setParameter("site", OrgUnitKind.SITE)
                .setParameter("bu", businessUnit == null ? StoreScope.NONE : businessUnit.getId()), scope);
    }

    /**
     * The org units a caller sees: all, their own, or those owning a store in the scope (the store's
     * owner key serves the EXISTS).
     */
    private static final String VISIBLE_UNITS = " FROM OrgUnit u LEFT JOIN u.parent p"
            + " WHERE :all = 1 OR u.id = :own OR EXISTS (SELECT s.id FROM Store s WHERE s.owner = u AND "
            + StoreScopes.condition("u", "p") + ")";

    @Override
    public Page<OrgUnit> orgUnits(boolean all, long ownUnitId, StoreScope scope, PageRequest request) {
        // the chart's order: the planning office; each BU (its own code) and its sites (their BU's code) together
        TypedQuery<Object[]> rows = em.createQuery("SELECT u, CASE WHEN u.kind = :office THEN 0 ELSE 1 END AS k,"
                + " CASE WHEN u.kind = :siteKind THEN p.code ELSE u.code END AS b,"
                + " CASE WHEN u.kind = :siteKind THEN 1 ELSE 0 END AS s" + VISIBLE_UNITS
                + " ORDER BY k, b, s, u.code", Object[].class)
                .setParameter("office", OrgUnitKind.PLANNING_OFFICE).setParameter("siteKind", OrgUnitKind.SITE);
        Page<Object[]> page = Paging.page(visibleUnits(rows, all, ownUnitId, scope),
                visibleUnits(em.createQuery("SELECT u.id" + VISIBLE_UNITS, Long.class), all, ownUnitId, scope),
                request);
        return page.map(row -> (OrgUnit) row[0]);
    }

    private static <T> TypedQuery<T> visibleUnits(TypedQuery<T> query, boolean all, long ownUnitId, StoreScope scope) {
        return StoreScopes.bind(query.setParameter("all", all ? 1 : 0).setParameter("own", ownUnitId), scope);
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

    private static final String STORES_IN_SCOPE = " FROM Store s JOIN s.owner o LEFT JOIN o.parent p WHERE "
            + StoreScopes.condition("o", "p");

    @Override
    public Page<Store> stores(StoreScope scope, PageRequest request) {
        return Paging.page(StoreScopes.bind(em.createQuery("SELECT s" + STORES_IN_SCOPE + " ORDER BY s.code",
                        Store.class), scope),
                StoreScopes.bind(em.createQuery("SELECT s.id" + STORES_IN_SCOPE, Long.class), scope), request);
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
