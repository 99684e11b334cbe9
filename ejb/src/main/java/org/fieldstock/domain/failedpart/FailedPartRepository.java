package org.fieldstock.domain.failedpart;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.user.StoreScope;

/** The lines the damaged-part register is made of: those of reviewed damage intakes in the sites' damaged stores. */
public interface FailedPartRepository {

    /**
     * The lines of reviewed damage intakes into the damaged stores of sites in the scope that match
     * the search, oldest first, at most {@code max} (the newest). Of {@code returned} only what the
     * balances say for sure: when only waiting lines are asked for, none of an item the store no
     * longer holds; the caller decides the rest line by line.
     */
    List<DocumentLine> intakeLines(RegisterSearch search, StoreScope scope, int max);

    /** The lines of reviewed documents that moved this unit of the item, in the order they were reviewed. */
    List<DocumentLine> linesOfSerial(String itemCode, String serial);

    /** How often each of these units of the item came back repaired (reviewed repaired inbound lines). */
    java.util.Map<String, Long> repairCounts(String itemCode, Collection<String> serials);

    /**
     * The lines of reviewed documents of these categories into or out of the stores, dated from the
     * day on, oldest first: what the repair hub received, repaired and scrapped.
     */
    List<DocumentLine> linesOf(Collection<Store> stores, Collection<DocumentCategory> categories, LocalDate from);

    void add(WarrantyRepair repair);

    /** The warranty repairs of a unit, oldest first. */
    List<WarrantyRepair> warrantyRepairs(String itemCode, String serial);

    /** The lines of these issues that replaced a failed part, in document and line order. */
    List<DocumentLine> replacingLines(Collection<Long> issueIds);
}
