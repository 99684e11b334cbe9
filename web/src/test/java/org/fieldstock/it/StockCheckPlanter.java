package org.fieldstock.it;

import java.math.BigDecimal;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only door, deployed by {@link StockCheckIT} next to the real application: it writes a balance
 * by SQL, outside the posting path, as a faulty script would, so that the stock check has something
 * to find; and takes it back afterwards.
 */
@Path("it/stock-check-planter")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class StockCheckPlanter {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    /** "store item" of the first balances above zero of plain (untracked) or serial-tracked items, by store and item. */
    @POST
    @Path("balances")
    public List<String> balances(@QueryParam("serial") boolean serial, @QueryParam("max") int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.code, i.code FROM stock_balance b"
                        + " JOIN store s ON s.id = b.store_id JOIN item i ON i.id = b.item_id"
                        + " WHERE b.on_hand > 0 AND i.shelf_life_months IS NULL AND i.serial_tracked = ?1"
                        + " ORDER BY s.code, i.code")
                .setParameter(1, serial).setMaxResults(max).getResultList();
        return rows.stream().map(r -> r[0] + " " + r[1]).toList();
    }

    /** Adds {@code by} to the balance of the item in the store, and nothing else; answers the rows changed. */
    @POST
    @Path("{store}/{item}")
    public int shift(@PathParam("store") String store, @PathParam("item") String item, @QueryParam("by") String by) {
        return em.createNativeQuery("UPDATE stock_balance SET on_hand = on_hand + ?1"
                        + " WHERE store_id = (SELECT id FROM store WHERE code = ?2)"
                        + " AND item_id = (SELECT id FROM item WHERE code = ?3)")
                .setParameter(1, new BigDecimal(by)).setParameter(2, store).setParameter(3, item).executeUpdate();
    }
}
