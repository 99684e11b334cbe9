package org.fieldstock.domain.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fieldstock.domain.document.DocumentCheck;
import org.fieldstock.domain.document.DocumentRule;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;

/**
 * What a transfer slip's content must be: a kind, two active stores of that kind in different units,
 * an agreement between BUs only across BUs, terms that fit their columns, and lines that meet the
 * rules of the transfer-out they become.
 */
public final class TransferSlipRules {

    public static final int MAX_PACKING_LIST_LENGTH = 60;
    public static final int MAX_AGREED_BY_LENGTH = 100;
    public static final int MAX_REMARK_LENGTH = 500;

    private TransferSlipRules() {
    }

    /** Every rule a slip's content must meet; an empty list means it may be saved. */
    public static List<Problem> check(StoreKind kind, Store from, Store to, LocalDate date, TransferTerms terms,
            List<NewLine> newLines) {
        return check(kind, from, to, date, terms, newLines, List.of());
    }

    /**
     * The same, for lines some of which named an item the caller did not find and has said so: nothing
     * more is said of those.
     */
    public static List<Problem> check(StoreKind kind, Store from, Store to, LocalDate date, TransferTerms terms,
            List<NewLine> newLines, Collection<Integer> unknownItemLines) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("transfer.kind.required"));
            return problems;
        }
        for (Store store : List.of(from, to)) {
            if (store.getKind() != kind) {
                problems.add(new Problem("transfer.store.wrongKind", store.getCode(), MessageKey.of(kind)));
            }
            if (!store.isActive()) {
                problems.add(new Problem("store.inactive", store.getCode()));
            }
        }
        if (from.getOwner().getCode().equals(to.getOwner().getCode())) {
            problems.add(new Problem("transfer.store.sameUnit", from.getCode(), to.getCode()));
        }
        if (!TransferSlip.isCrossBu(from, to) && terms.agreedBetweenBus()) {
            problems.add(new Problem("transfer.agreement.intraBu"));
        }
        tooLong(problems, "packingListRef", terms.packingListRef(), MAX_PACKING_LIST_LENGTH);
        tooLong(problems, "agreedBySending", terms.agreedBySending(), MAX_AGREED_BY_LENGTH);
        tooLong(problems, "agreedByReceiving", terms.agreedByReceiving(), MAX_AGREED_BY_LENGTH);
        tooLong(problems, "remark", terms.remark(), MAX_REMARK_LENGTH);
        // the lines follow the rules of the transfer-out they become (quantities, units, batches, serials);
        // both stores are of the slip's kind, checked above in the slip's words
        problems.addAll(DocumentCheck.forSaving().without(DocumentRule.STORE_KIND)
                .withUnknownItemsOn(unknownItemLines).check(TransferSlip.outboundCategory(kind), from, null, date, newLines));
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem("transfer.field.tooLong", new MessageKey("transfer.field." + field), max));
        }
    }
}
