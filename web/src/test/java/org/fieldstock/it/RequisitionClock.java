package org.fieldstock.it;

import java.sql.Timestamp;
import java.time.Duration;
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

import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionEvent;

/**
 * Test-only door, deployed by {@link RequisitionClockIT} next to the real application: it lets the
 * hours pass for one requisition by moving each of its times back by SQL, so that a clock of a day
 * can run out in a test of seconds.
 */
@Path("it/requisition-clock")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class RequisitionClock {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    /** Moves every time of the requisition and its steps back by that many hours; answers the steps moved. */
    @POST
    @Path("{number}")
    public int goBack(@PathParam("number") String number, @QueryParam("hours") int hours) {
        Duration back = Duration.ofHours(hours);
        Object id = em.createNativeQuery("SELECT id FROM requisition WHERE req_number = ?1").setParameter(1, number)
                .getSingleResult();
        for (String column : List.of("created_at", "filed_at", "check_due_at", "checked_at", "step_since")) {
            Object value = em.createNativeQuery("SELECT " + column + " FROM requisition WHERE id = ?1")
                    .setParameter(1, id).getSingleResult();
            if (value != null) {
                em.createNativeQuery("UPDATE requisition SET " + column + " = ?1 WHERE id = ?2")
                        .setParameter(1, Timestamp.from(instant(value).minus(back))).setParameter(2, id)
                        .executeUpdate();
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> steps = em.createNativeQuery("SELECT id, done_at FROM requisition_event WHERE requisition_id = ?1")
                .setParameter(1, id).getResultList();
        for (Object[] step : steps) {
            em.createNativeQuery("UPDATE requisition_event SET done_at = ?1 WHERE id = ?2")
                    .setParameter(1, Timestamp.from(instant(step[1]).minus(back)))
                    .setParameter(2, step[0]).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evict(Requisition.class);
        em.getEntityManagerFactory().getCache().evict(RequisitionEvent.class);
        return steps.size();
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof Timestamp time ? time.toInstant()
                : ((java.time.LocalDateTime) value).atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
}
