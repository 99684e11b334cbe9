package org.fieldstock.domain.closing;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.organisation.OrgUnit;

public interface ClosedMonthRepository {

    Optional<ClosedMonth> find(OrgUnit businessUnit, YearMonth month);

    Optional<ClosedMonth> findForUpdate(OrgUnit businessUnit, YearMonth month);

    /** Whether the BU's month is closed now. */
    boolean isClosed(OrgUnit businessUnit, YearMonth month);

    /** The BU's closed and reopened months, newest first; every BU's when null. */
    List<ClosedMonth> of(OrgUnit businessUnit);

    void add(ClosedMonth month);
}
