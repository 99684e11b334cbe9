package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * The saved document the editor shows, as it was read: what its header shows, the version an
 * action is taken against, and what the domain and the service answered about it for the user
 * then — what the lifecycle allows them to do to it ({@code allowed}) and which categories it may
 * take. The editor decides its buttons from these answers.
 */
public record EditedDocument(long id, String number, int version, DocumentCategory category, StoreRef store,
        DocumentStatus status, String createdBy, Instant createdAt, String reviewedBy, Instant reviewedAt,
        String checkedBy, Instant checkedAt, boolean waitingForCheck, java.time.LocalDate countDue, boolean provisional,
        Set<DocumentAction> allowed, Set<DocumentCategory> categoriesItMayTake) implements Serializable {

    /** A saved delivery not counted by its last day. */
    public boolean isCountOverdue() {
        return countDue != null && status == DocumentStatus.SAVED && java.time.LocalDate.now().isAfter(countDue);
    }

    static EditedDocument of(StockDocument document, AllowedActions actions) {
        return new EditedDocument(document.getId(), document.getNumber(), document.getVersion(),
                document.getCategory(), StoreRef.of(document.getStore()), document.getStatus(),
                document.getCreatedBy(), document.getCreatedAt(), document.getReviewedBy(), document.getReviewedAt(),
                document.getCheckedBy(), document.getCheckedAt(), actions.whyNot(DocumentAction.REVIEW)
                        .map(refusal -> refusal.reason().getMessageKey().equals("document.check.missing")).orElse(false),
                document.getCountDue(), document.getReceiving().isProvisional(),
                actions.allowed(), Arrays.stream(DocumentCategory.values()).filter(document::mayTakeCategory)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the user may do the action to the document, as the lifecycle answered when it was read. */
    public boolean allows(DocumentAction action) {
        return allowed.contains(action);
    }

    /** Whether the document may become this category, as {@link StockDocument#mayTakeCategory} said. */
    public boolean mayTakeCategory(DocumentCategory other) {
        return categoriesItMayTake.contains(other);
    }
}
