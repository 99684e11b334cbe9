package org.fieldstock.application.failedpart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockLedger;

/**
 * The removed half of a replacement: a self-use issue that replaced failed parts books what it took
 * off the turbines into the site's damaged store, on a damage intake generated when the issue is
 * reviewed and taken back when it is unreviewed, in the issue's transaction. Before either, the units
 * named are checked against where the books say they are, line by line.
 */
@ApplicationScoped
public class RemovedParts {

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private StockLedger ledger;

    /**
     * What is wrong with the units a self-use issue's replacing lines name, as the books stand: a
     * fitted serial must be in the issuing store; a removed serial must not be in a store, nor on a
     * turbine of another site, nor a unit of another item. Lines are numbered as the user sees them.
     */
    public List<Problem> problems(DocumentCategory category, Store store, List<NewLine> lines) {
        List<Problem> problems = new ArrayList<>();
        if (!category.replacesOnTurbines() || store == null) {
            return problems;
        }
        List<String> named = lines.stream().filter(line -> line != null && line.item() != null
                && line.failure() != null).flatMap(line -> java.util.stream.Stream.concat(line.serials().stream(),
                        line.failure().getRemovedSerials().stream())).distinct().toList();
        Map<String, List<SerialUnit>> units = ledger.unitsWithSerials(named).stream()
                .collect(Collectors.groupingBy(SerialUnit::getSerialNo));
        int lineNo = 0;
        for (NewLine line : lines) {
            lineNo++;
            if (line == null || line.item() == null || line.failure() == null) {
                continue;
            }
            String itemCode = line.item().getCode();
            for (String fitted : line.serials()) {
                Optional<SerialUnit> unit = unitOf(units, fitted, itemCode);
                if (unit.map(u -> u.getStore() == null || !u.getStore().getCode().equals(store.getCode()))
                        .orElse(true)) {
                    problems.add(new Problem("line.serial.notInThisStore", lineNo, itemCode, fitted, store.getCode()));
                }
            }
            for (String removed : line.failure().getRemovedSerials()) {
                List<SerialUnit> carrying = units.getOrDefault(removed, List.of());
                Optional<SerialUnit> unit = unitOf(units, removed, itemCode);
                if (unit.isEmpty() && !carrying.isEmpty()) {
                    problems.add(new Problem("line.failure.removedOtherItem", lineNo, itemCode, removed,
                            carrying.get(0).getItem().getCode()));
                } else if (unit.isPresent() && unit.get().getStore() != null) {
                    problems.add(new Problem("line.failure.removedInStore", lineNo, itemCode, removed,
                            unit.get().getStore().getCode()));
                } else if (unit.isPresent() && unit.get().getTurbine() != null
                        && !unit.get().getTurbine().getSite().getCode().equals(store.getOwner().getCode())) {
                    problems.add(new Problem("line.failure.removedOtherSite", lineNo, itemCode, removed,
                            unit.get().getTurbine().getTurbineNo(), unit.get().getTurbine().getSite().getCode()));
                }
            }
        }
        return problems;
    }

    private static Optional<SerialUnit> unitOf(Map<String, List<SerialUnit>> units, String serial, String itemCode) {
        return units.getOrDefault(serial, List.of()).stream().filter(u -> u.getItem().getCode().equals(itemCode))
                .findFirst();
    }

    /** Refuses, naming every line, units that are not where a replacement says they are. */
    public void require(DocumentCategory category, Store store, List<NewLine> lines, BusinessException.Kind kind) {
        List<Problem> problems = problems(category, store, lines);
        if (!problems.isEmpty()) {
            throw new BusinessException(kind, problems);
        }
    }

    /**
     * The damage intake of what a reviewed issue removed, saved and added; the caller reviews it and
     * posts it with the issue. Refused when the site has no active damaged store.
     */
    public StockDocument intakeFor(StockDocument issue, String user, Instant now) {
        Store damaged = organisation.storesOf(issue.getStore().getOwner()).stream()
                .filter(store -> store.getKind() == StoreKind.DAMAGED && store.isActive()).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT,
                        "document.replacement.noDamagedStore", issue.getStore().getOwner().getCode(),
                        issue.getNumber()));
        StockDocument intake = StockDocument.damageIntakeOf(
                documents.nextNumber(DocumentType.OTHER_INBOUND, issue.getDocumentDate()), issue, damaged, user, now);
        documents.add(intake);
        return intake;
    }

    /** The reviewed intake of an issue's removed parts, locked, if the issue has one. */
    public Optional<StockDocument> intakeOfForUpdate(StockDocument issue) {
        return documents.removedPartsIntakeForUpdate(issue.getId());
    }
}
