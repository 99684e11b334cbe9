package org.fieldstock.application.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.document.LifecycleEngine;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.Arrival;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.stock.StockBatch;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.transfer.InTransit;
import org.fieldstock.domain.transfer.SlipScope;
import org.fieldstock.domain.transfer.TransferSearch;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipLifecycle;
import org.fieldstock.domain.transfer.TransferSlipRepository;
import org.fieldstock.domain.transfer.TransferSlipRules;
import org.fieldstock.domain.transfer.TransferTerms;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.StoreScope;
import org.fieldstock.infrastructure.operations.ReviewMetered;

/**
 * Transfer slips between stores: enter, modify, review (which generates the transfer-out and
 * transfer-in documents), unreview, delete; record what arrived; approve losses on arrival; the
 * work lists, the goods in transit and the month-end cross-BU report. Every door comes through here.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class TransferService {

    private static final TransferSlipLifecycle RULES = TransferSlipLifecycle.RULES;

    @Inject
    private TransferSlipRepository slips;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private StockLedger ledger;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LifecycleEngine lifecycle;

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public TransferSlip create(TransferDraft draft) {
        Caller caller = currentCaller.get();
        Resolved resolved = resolve(draft, draft.kind());
        LocalDate date = draft.slipDate();
        TransferSlip slip = new TransferSlip(slips.nextNumber(date == null ? LocalDate.now() : date), draft.kind(),
                resolved.from, resolved.to, date, resolved.terms, resolved.lines, caller.getUsername(), Instant.now());
        slip.shipFirst(draft.emergency());
        slips.add(slip);
        audited(caller, AuditAction.TRANSFER_CREATED, slip, "");
        return slip;
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public TransferSlip modify(long id, Integer expectedVersion, TransferDraft draft) {
        return lifecycle.perform(RULES, DocumentAction.MODIFY, lockCurrent(id), expectedVersion, slip -> {
            if (draft.kind() != null && draft.kind() != slip.getKind()) {
                throw new BusinessException(BusinessException.Kind.INVALID, "transfer.kind.fixed", slip.getNumber());
            }
            // resolving checks that the new ends are the caller's too: a BU cannot turn its slip into a cross-BU one
            Resolved resolved = resolve(draft, slip.getKind());
            slip.modify(resolved.from, resolved.to, draft.slipDate(), resolved.terms, resolved.lines,
                    currentCaller.get().getUsername(), Instant.now());
            // once it delivers a requisition (shipped for it, or linked after an emergency) the flag stays as it was
            slip.shipFirst(slip.getRequisition() != null ? slip.isEmergency() : draft.emergency());
            return slip;
        });
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public void delete(long id, Integer expectedVersion) {
        lifecycle.perform(RULES, DocumentAction.DELETE, lockCurrent(id), expectedVersion, slip -> {
            slip.delete(currentCaller.get().getUsername(), Instant.now());
            return slip;
        });
    }

    /** Reviews the slip: its transfer-out and transfer-in documents are generated, both saved. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    @ReviewMetered("transfer")
    public TransferSlip review(long id, Integer expectedVersion) {
        return lifecycle.perform(RULES, DocumentAction.REVIEW, lockCurrent(id), expectedVersion, slip -> {
            Map<List<String>, LocalDate> expiries = new HashMap<>();
            slip.getLines().stream().filter(line -> line.getBatchNo() != null).map(line -> line.getItem()).distinct()
                    .forEach(item -> expiries.putAll(batchExpiries(slip.getFromStore(), item)));
            LocalDate date = slip.getSlipDate();
            slip.review(documents.nextNumber(DocumentType.OTHER_OUTBOUND, date),
                    documents.nextNumber(DocumentType.OTHER_INBOUND, date), expiries,
                    currentCaller.get().getUsername(), Instant.now());
            documents.add(slip.getOutbound());
            documents.add(slip.getInbound());
            return slip;
        });
    }

    /** Takes a slip's review back while its goods have not left; its generated documents are deleted. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public TransferSlip unreview(long id, Integer expectedVersion) {
        return lifecycle.perform(RULES, DocumentAction.UNREVIEW, lockCurrent(id), expectedVersion, slip -> {
            if (slip.getOutbound() != null) {
                // slip, then its documents: the order every change to a slip's documents locks in
                documents.findForUpdate(slip.getOutbound().getId());
                documents.findForUpdate(slip.getInbound().getId());
            }
            slip.unreview(currentCaller.get().getUsername(), Instant.now());
            return slip;
        });
    }

    /** What the caller may do to the slip now and why not the rest: the slip page's buttons follow it. */
    public AllowedActions allowedActions(TransferSlip slip) {
        return lifecycle.allowedActions(RULES, slip);
    }

    /**
     * Records on the slip's transfer-in what actually arrived and when: units damaged on arrival go
     * to the receiving unit's damaged store on review, missing units wait for the planning office.
     * Whoever enters documents for the receiving store may record it.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public TransferSlip recordArrival(long id, Integer expectedInboundVersion, LocalDate arrivalDate,
            List<Arrival> arrivals) {
        Caller caller = currentCaller.get();
        TransferSlip slip = lockCurrent(id);
        caller.requireEntryRight(slip.getToStore());
        if (slip.getInbound() == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.notReviewed", slip.getNumber());
        }
        StockDocument inbound = documents.findForUpdate(slip.getInbound().getId())
                .orElseThrow(() -> new NotFoundException("document.notFound", slip.getInbound().getId()));
        VersionCheck.require(expectedInboundVersion, inbound.getVersion(), "document.changedMeanwhile",
                inbound.getNumber());
        lifecycle.requireOpenBooks(slip.getToStore(), inbound.getDocumentDate(), inbound.getNumber());
        lifecycle.requireOpenBooks(slip.getToStore(), arrivalDate, inbound.getNumber());
        Store damagedStore = organisation.storesOf(slip.getToStore().getOwner()).stream()
                .filter(store -> store.getKind() == StoreKind.DAMAGED && store.isActive()).findFirst().orElse(null);
        slip.recordArrival(arrivalDate, damagedStore, arrivals == null ? List.of() : arrivals, LocalDate.now(),
                ZoneId.systemDefault(), caller.getUsername(), Instant.now());
        audited(caller, AuditAction.TRANSFER_ARRIVAL_RECORDED, slip, inbound.getNumber());
        return slip;
    }

    /** The planning office writes off what did not arrive. */
    @RolesAllowed(Role.PLANNER_NAME)
    public TransferSlip approveLoss(long id, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        TransferSlip slip = lockCurrent(id);
        lifecycle.requireVersion(RULES, slip, expectedVersion);
        requireLossRight(caller);
        slip.approveLoss(caller.getUsername(), Instant.now());
        audited(caller, AuditAction.TRANSFER_LOSS_APPROVED, slip, slip.reportedMissing().toPlainString());
        return slip;
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public TransferSlip withdrawLossApproval(long id, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        TransferSlip slip = lockCurrent(id);
        lifecycle.requireVersion(RULES, slip, expectedVersion);
        requireLossRight(caller);
        slip.withdrawLossApproval();
        audited(caller, AuditAction.TRANSFER_LOSS_APPROVAL_WITHDRAWN, slip, "");
        return slip;
    }

    /** The slip, if the caller may see one of its stores; otherwise it does not exist for them. */
    public TransferSlip find(long id) {
        Caller caller = currentCaller.get();
        return slips.find(id).filter(slip -> maySee(caller, slip))
                .orElseThrow(() -> new NotFoundException("transfer.notFound", id));
    }

    /** The slip that generated a document the caller may see (for drilling up from the document). */
    public Optional<TransferSlip> generating(StockDocument document) {
        Caller caller = currentCaller.get();
        if (!document.getCategory().isGeneratedByTransfer() || !caller.mayRead(document.getStore())) {
            return Optional.empty();
        }
        return slips.generating(document.getId());
    }

    /**
     * One page of the slips matching the search with an end in a store the caller may see, newest
     * first or sorted by {@code number} or {@code slipDate}; the scope is part of the query.
     */
    public Page<TransferSlip> search(TransferSearch search, PageRequest request) {
        return readScope(currentCaller.get()).map(scope -> slips.search(search, scope, request))
                .orElseGet(() -> Page.empty(request));
    }

    /**
     * The caller's work lists, each the oldest {@value PageRequest#MAX_SIZE} at most. The planning
     * office's hold the cross-BU slips (the BUs work their own); a BU's and a site's, those of their
     * stores. The database reads only the slips of the caller's part; the rights decide on those.
     */
    public TransferWork workFor() {
        Caller caller = currentCaller.get();
        boolean planner = caller.has(Role.PLANNER);
        java.util.function.Predicate<TransferSlip> mine = slip -> !planner || slip.isCrossBu();
        Optional<SlipScope> entry = planner ? Optional.of(SlipScope.EVERY_STORE.crossBu()) : entryScope(caller);
        int max = PageRequest.MAX_SIZE;
        return new TransferWork(
                entry.filter(scope -> planner || caller.has(Role.ACCOUNTANT))
                        .map(scope -> slips.awaitingReview(scope, max)).orElse(List.of()).stream().filter(mine)
                        .filter(slip -> slip.mayBeArrangedBy(caller)).toList(),
                entry.map(scope -> slips.awaitingShipment(scope.at(SlipScope.End.SENDING), max)).orElse(List.of())
                        .stream().filter(mine).filter(slip -> caller.mayEnterDocumentsFor(slip.getFromStore())).toList(),
                entry.map(scope -> slips.awaitingArrival(scope.at(SlipScope.End.RECEIVING), max)).orElse(List.of())
                        .stream().filter(mine).filter(slip -> slip.getInbound().allows(
                                org.fieldstock.domain.document.DocumentAction.REVIEW))
                        .filter(slip -> caller.mayEnterDocumentsFor(slip.getToStore())).toList(),
                caller.mayApproveTransferLoss()
                        ? slips.lossesAwaitingApproval(max).stream().filter(TransferSlip::isLossAwaitingApproval).toList()
                        : List.of());
    }

    /** Goods in transit today, at or towards the given store (all the caller may see when blank), oldest first; the first page of the longest. */
    public List<InTransit> inTransit(String storeCode) {
        return inTransit(storeCode, PageRequest.firstRows(PageRequest.MAX_SIZE)).rows();
    }

    /**
     * One page of the goods in transit today per slip line, at or towards the given store (all the
     * caller may see when blank), oldest first or sorted by a column (see {@link TransferSlipRepository#inTransit}).
     */
    public Page<InTransit> inTransit(String storeCode, PageRequest request) {
        Caller caller = currentCaller.get();
        String code = storeCode == null || storeCode.isBlank() ? null : storeCode.strip();
        Store store = code == null ? null : organisation.storeByCode(code).orElse(null);
        if (code != null && store == null) {
            return Page.empty(request);
        }
        return readScope(caller).map(scope -> slips.inTransit(scope, store, LocalDate.now(), ZoneId.systemDefault(),
                request)).orElseGet(() -> Page.empty(request));
    }

    /** The slips the caller may see, as a scope for the database: an end in a store they read. */
    private static Optional<SlipScope> readScope(Caller caller) {
        StoreScope scope = caller.readScope();
        if (scope.everyStore()) {
            return Optional.of(SlipScope.EVERY_STORE);
        }
        return scope.isEmpty() ? Optional.empty() : Optional.of(SlipScope.within(scope.unit()));
    }

    /**
     * Where the caller enters documents, as a scope that holds it (the rights then decide on each
     * slip): a BU accountant's BU, a keeper's site; none for the others.
     */
    private static Optional<SlipScope> entryScope(Caller caller) {
        if (caller.has(Role.ACCOUNTANT) && caller.getOrgUnit().businessUnit() != null) {
            return Optional.of(SlipScope.within(caller.getOrgUnit().businessUnit()));
        }
        return caller.has(Role.KEEPER) ? Optional.of(SlipScope.within(caller.getOrgUnit())) : Optional.empty();
    }

    /**
     * The month-end report for the planning office: the reviewed cross-BU slips of the month that
     * BU managers agreed between themselves.
     */
    public List<TransferSlip> agreedCrossBu(YearMonth month) {
        Caller caller = currentCaller.get();
        if (caller.getOrgUnit().getKind() != OrgUnitKind.PLANNING_OFFICE) {
            throw new AccessDeniedException("access.denied.report", caller.getUsername());
        }
        return slips.crossBu(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(slip -> slip.getTerms().agreedBetweenBus()).toList();
    }

    public boolean mayRecordArrival(TransferSlip slip) {
        return currentCaller.get().mayEnterDocumentsFor(slip.getToStore());
    }

    public boolean mayApproveLoss() {
        return currentCaller.get().mayApproveTransferLoss();
    }

    private static boolean maySee(Caller caller, TransferSlip slip) {
        return caller.mayRead(slip.getFromStore()) || caller.mayRead(slip.getToStore());
    }

    private static void requireLossRight(Caller caller) {
        if (!caller.mayApproveTransferLoss()) {
            throw new AccessDeniedException("access.denied.transferLoss", caller.getUsername());
        }
    }

    private Map<List<String>, LocalDate> batchExpiries(Store store, Item item) {
        Map<List<String>, LocalDate> expiries = new HashMap<>();
        for (StockBatch batch : ledger.batches(store, item)) {
            expiries.put(List.of(item.getCode(), batch.getBatchNo()), batch.getExpiryDate());
        }
        return expiries;
    }

    private void audited(Caller caller, AuditAction action, TransferSlip slip, String detail) {
        lifecycle.record(caller, TransferSlipLifecycle.entry(action, slip, detail));
    }

    /** The slip, locked, if the caller may see one of its stores; otherwise it does not exist for them. */
    private TransferSlip lockCurrent(long id) {
        Caller caller = currentCaller.get();
        return slips.findForUpdate(id).filter(s -> maySee(caller, s))
                .orElseThrow(() -> new NotFoundException("transfer.notFound", id));
    }

    /** Turns codes into stores and items, reporting every unknown code and broken rule at once. */
    private Resolved resolve(TransferDraft draft, StoreKind kind) {
        List<Problem> problems = new ArrayList<>();
        Store from = store(draft.fromStoreCode(), "transfer.from.required", problems);
        Store to = store(draft.toStoreCode(), "transfer.to.required", problems);
        List<NewLine> lines = new ArrayList<>();
        List<Integer> unknownItemLines = new ArrayList<>();
        int lineNo = 0;
        for (DocumentDraft.Line line : draft.lines()) {
            lineNo++;
            if (line == null) {
                lines.add(new NewLine(null, null, null));
                continue;
            }
            Item item = null;
            if (line.itemCode() != null && !line.itemCode().isBlank()) {
                item = items.byCode(line.itemCode()).orElse(null);
                if (item == null) {
                    problems.add(new Problem("line.item.unknown", lineNo, line.itemCode().strip()));
                    unknownItemLines.add(lineNo);
                }
            }
            lines.add(new NewLine(item, line.quantity(), line.remark(), null, line.batchNo(), null, line.serials()));
        }
        if (from != null && to != null) {
            // who may arrange a slip between these stores comes before what is wrong with it
            currentCaller.get().requireTransferRight(from, to);
        }
        TransferTerms terms = new TransferTerms(draft.packingListRef(), draft.agreedBySending(),
                draft.agreedByReceiving(), draft.remark());
        if (from != null && to != null) {
            problems.addAll(TransferSlipRules.check(kind, from, to, draft.slipDate(), terms, lines, unknownItemLines));
        } else if (kind == null) {
            problems.add(new Problem("transfer.kind.required"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        return new Resolved(from, to, terms, lines);
    }

    private Store store(String code, String requiredKey, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new Problem(requiredKey));
            return null;
        }
        Caller caller = currentCaller.get();
        Store store = organisation.storeByCode(code.strip()).filter(caller::mayRead).orElse(null);
        if (store == null) {
            problems.add(new Problem("store.unknown", code.strip()));
        }
        return store;
    }

    private record Resolved(Store from, Store to, TransferTerms terms, List<NewLine> lines) {
    }
}
