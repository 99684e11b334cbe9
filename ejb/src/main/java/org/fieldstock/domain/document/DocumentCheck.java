package org.fieldstock.domain.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;

/**
 * A choice of {@link DocumentRule}s and the check of content against them: every problem at once, in
 * the rules' order, line by line, with the line numbers the user sees. A document asks for
 * {@link #forSaving()} and {@link #forReview()}; what becomes a document elsewhere asks for what it
 * needs, e.g. a transfer slip's lines for the rules of saving less the store's, which the slip
 * checks in its own way.
 */
public final class DocumentCheck {

    private final Set<DocumentRule> rules;
    private final int firstLineNo;
    private final Set<Integer> unknownItemLines;

    private DocumentCheck(Set<DocumentRule> rules, int firstLineNo, Set<Integer> unknownItemLines) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(DocumentRule.class) : EnumSet.copyOf(rules);
        this.firstLineNo = firstLineNo;
        this.unknownItemLines = Set.copyOf(unknownItemLines);
    }

    /** Every rule a document's content meets to be saved. */
    public static DocumentCheck forSaving() {
        return of(DocumentRule.FOR_SAVING);
    }

    /** What review needs beyond what saving needs. */
    public static DocumentCheck forReview() {
        return of(DocumentRule.FOR_REVIEW);
    }

    public static DocumentCheck of(Set<DocumentRule> rules) {
        return new DocumentCheck(rules, 1, Set.of());
    }

    public static DocumentCheck of(DocumentRule first, DocumentRule... others) {
        EnumSet<DocumentRule> chosen = EnumSet.of(first, others);
        return of(chosen);
    }

    /** The same rules but these. */
    public DocumentCheck without(DocumentRule... left) {
        EnumSet<DocumentRule> chosen = rules.isEmpty() ? EnumSet.noneOf(DocumentRule.class) : EnumSet.copyOf(rules);
        chosen.removeAll(Arrays.asList(left));
        return new DocumentCheck(chosen, firstLineNo, unknownItemLines);
    }

    /** Lines numbered from this one on (one line of a daily report keeps the report's number). */
    public DocumentCheck numberedFrom(int lineNo) {
        return new DocumentCheck(rules, lineNo, unknownItemLines);
    }

    /**
     * Lines that named an item the caller did not find and has already said so: without an item,
     * nothing more is said of them.
     */
    public DocumentCheck withUnknownItemsOn(Collection<Integer> lineNos) {
        return new DocumentCheck(rules, firstLineNo, Set.copyOf(lineNos));
    }

    /** Every problem of the content with the chosen rules; an empty list means it meets them. */
    public List<Problem> check(DocumentCategory category, Store store, Supplier supplier, LocalDate documentDate,
            List<NewLine> lines) {
        Content content = new Content(category, store, supplier, documentDate, lines == null ? List.of() : lines,
                firstLineNo);
        List<Problem> problems = new ArrayList<>();
        chosen(DocumentRule.Scope.DOCUMENT).forEach(rule -> rule.check(content, problems));
        if (content.lines().isEmpty()) {
            return problems;
        }
        List<DocumentRule> lineRules = chosen(DocumentRule.Scope.LINE);
        int lineNo = firstLineNo;
        for (NewLine line : content.lines()) {
            if (line.item() != null) {
                for (DocumentRule rule : lineRules) {
                    rule.checkLine(content, lineNo, line, problems);
                }
            } else if (rules.contains(DocumentRule.ITEM) && !unknownItemLines.contains(lineNo)) {
                DocumentRule.ITEM.checkLine(content, lineNo, line, problems);
            }
            lineNo++;
        }
        chosen(DocumentRule.Scope.ACROSS_LINES).forEach(rule -> rule.check(content, problems));
        return problems;
    }

    private List<DocumentRule> chosen(DocumentRule.Scope scope) {
        return DocumentRule.of(scope).stream().filter(rules::contains).toList();
    }

    /** What the rules look at: the document's header, and its lines numbered from the first one's number. */
    record Content(DocumentCategory category, Store store, Supplier supplier, LocalDate date, List<NewLine> lines,
            int firstLineNo) {

        /** The store and supplier, as the category's rules judge them. */
        CategoryRule.Booking header() {
            return CategoryRule.Booking.ofDocument(store.getKind(), supplier != null);
        }

        /** The lines that name an item, by the number the user sees. */
        Map<Integer, NewLine> linesWithItems() {
            Map<Integer, NewLine> numbered = new LinkedHashMap<>();
            int lineNo = firstLineNo;
            for (NewLine line : lines) {
                if (line.item() != null) {
                    numbered.put(lineNo, line);
                }
                lineNo++;
            }
            return numbered;
        }
    }
}
