package org.fieldstock.infrastructure.persistence;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.sessions.Session;

/** The next value of a database sequence, for readable numbers that stay unique across servers. */
final class SequenceValues {

    private SequenceValues() {
    }

    static long next(EntityManager em, String sequence) {
        // EclipseLink knows each database's syntax for reading a sequence (nextval, NEXT VALUE FOR, .NEXTVAL).
        Session session = em.unwrap(Session.class);
        DatabasePlatform platform = (DatabasePlatform) session.getDatasourcePlatform();
        ValueReadQuery query = platform.buildSelectQueryForSequenceObject(sequence, 1);
        return ((Number) session.executeQuery(query)).longValue();
    }
}
