package org.fieldstock.interfaces.requisition.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.requisition.RequisitionEvent;
import org.fieldstock.domain.requisition.RequisitionLine;

/**
 * A requisition: where it is (status, who it waits for and since when), the planner's clock (due,
 * overdue), its lines, its steps, and what the caller may do to it now.
 */
@Schema(name = "Requisition")
public record RequisitionJson(long id, String number, String site, String bu, String status, String waitingFor,
        Instant stepSince, String remark, String createdBy, Instant createdAt, Instant filedAt, Instant checkDueAt,
        boolean checkOverdue, Instant checkedAt, Instant approvedAt, Instant closedAt, int version,
        List<LineJson> lines, List<EventJson> events, List<String> actions, List<PhotoJson> photos) {

    /** A photo of the requisition: its number, type and size, and where the picture is read. */
    @Schema(name = "RequisitionPhoto")
    public record PhotoJson(int position, String contentType, int sizeBytes, String addedBy, Instant addedAt,
            String href) {
    }

    @Schema(name = "RequisitionLine")
    public record LineJson(int lineNo, String kind, String item, Long itemRequest, String name, String spec,
            String unit, BigDecimal quantity, String urgency, String reason) {

        static LineJson of(RequisitionLine line) {
            return new LineJson(line.getLineNo(), line.getKind().name(),
                    line.getItem() == null ? null : line.getItem().getCode(),
                    line.getItemRequest() == null ? null : line.getItemRequest().getId(), line.getName(),
                    line.getSpec(), line.getUnit(), line.getQuantity().stripTrailingZeros(),
                    line.getUrgency().name(), line.getReason());
        }
    }

    @Schema(name = "RequisitionStep")
    public record EventJson(String step, String statusAfter, String by, Instant at, String reason) {

        static EventJson of(RequisitionEvent event) {
            return new EventJson(event.getStep().name(), event.getStatusAfter().name(), event.getDoneBy(),
                    event.getDoneAt(), event.getReason());
        }
    }

    static RequisitionJson of(Requisition r, Set<RequisitionAction> allowed, Instant now) {
        return new RequisitionJson(r.getId(), r.getNumber(), r.getSite().getCode(),
                r.getSite().businessUnit() == null ? null : r.getSite().businessUnit().getCode(), r.getStatus().name(),
                r.waitingFor().map(Enum::name).orElse(null), r.getStepSince(), r.getRemark(), r.getCreatedBy(),
                r.getCreatedAt(), r.getFiledAt(), r.getCheckDueAt(), r.isCheckOverdue(now), r.getCheckedAt(),
                r.getApprovedAt(), r.getClosedAt(), r.getVersion(),
                r.getLines().stream().map(LineJson::of).toList(), r.getEvents().stream().map(EventJson::of).toList(),
                allowed.stream().map(Enum::name).toList(), null);
    }

    /** The same with its photos (only a single requisition's read carries them). */
    RequisitionJson withPhotos(Requisition r) {
        return new RequisitionJson(id, number, site, bu, status, waitingFor, stepSince, remark, createdBy, createdAt,
                filedAt, checkDueAt, checkOverdue, checkedAt, approvedAt, closedAt, version, lines, events, actions,
                r.getPhotos().stream().map(p -> new PhotoJson(p.getPosition(), p.getType().mediaType(),
                        p.getSizeBytes(), p.getAddedBy(), p.getAddedAt(),
                        "requisitions/" + r.getId() + "/photos/" + p.getPosition())).toList());
    }
}
