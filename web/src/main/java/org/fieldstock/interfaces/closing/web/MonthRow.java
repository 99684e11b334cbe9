package org.fieldstock.interfaces.closing.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.fieldstock.application.closing.MonthClosingService.MonthState;
import org.fieldstock.domain.closing.ClosedMonth;

/**
 * A BU's month as the month-close screen shows it: whether it has ended, is closed or was
 * reopened ({@link MonthState}), and the record of who closed and reopened it, if any.
 */
public record MonthRow(YearMonth month, boolean ended, boolean closed, boolean reopened, Closing record)
        implements Serializable {

    /** Who closed the month and when, and who reopened it, when and why. */
    public record Closing(String closedBy, Instant closedAt, String reopenedBy, Instant reopenedAt,
            String reopenReason) implements Serializable {

        static Closing of(ClosedMonth month) {
            return month == null ? null
                    : new Closing(month.getClosedBy(), month.getClosedAt(), month.getReopenedBy(),
                            month.getReopenedAt(), month.getReopenReason());
        }
    }

    static List<MonthRow> all(List<MonthState> months) {
        return months.stream().map(state -> new MonthRow(state.month(), state.ended(), state.isClosed(),
                state.isReopened(), Closing.of(state.record()))).toList();
    }
}
