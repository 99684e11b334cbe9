package org.fieldstock.application.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.failedpart.RemovedParts;
import org.fieldstock.application.requisition.RequisitionDeliveries;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.stock.StockPosting;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentCheck;
import org.fieldstock.domain.document.DocumentEvent;
import org.fieldstock.domain.document.DocumentGenerator;
import org.fieldstock.domain.document.DocumentRule;
import org.fieldstock.domain.document.DocumentSearch;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.RedInkReturnPolicy;
import org.fieldstock.domain.document.Reversal;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentLifecycle;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.document.StockMovement;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.supplier.SupplierRepository;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipRepository;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;
import org.fieldstock.infrastructure.operations.ReviewMetered;

/**
 * Other-inbound and other-outbound documents: enter, modify, review, unreview, delete. Every
 * door (screens, REST, imports) comes through here, so every rule is checked here.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class StockDocumentService {

    private static final StockDocumentLifecycle RULES = StockDocumentLifecycle.RULES;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private StockPosting posting;

    @Inject
    private StockLedger ledger;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private TransferSlipRepository transferSlips;

    @Inject
    private LifecycleEngine lifecycle;

    @Inject
    private RemovedParts removedParts;

    @Inject
    private UserRepository users;

    @Inject
    private RequisitionRepository requisitions;

    @Inject
    private RequisitionDeliveries deliveries;

    @Inject
    private OutboundCheckService outboundChecks;

    @Inject
    private org.fieldstock.application.toolloan.LentTools lentTools;

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public StockDocument create(DocumentDraft draft) {
        Caller caller = currentCaller.get();
        Resolved resolved = resolve(draft);
        caller.requireEntryRight(resolved.store);
        if (draft.category().isGenerated()) {
            throw new BusinessException(BusinessException.Kind.INVALID, draft.category().isGeneratedByTransfer()
                    ? "document.category.transferOnly" : "document.category.stocktakeOnly",
                    MessageKey.of(draft.category()));
        }
        lifecycle.requireOpenBooks(resolved.store, draft.documentDate(), null);
        removedParts.require(draft.category(), resolved.store, resolved.lines, BusinessException.Kind.INVALID);
        String number = documents.nextNumber(draft.category().type(), draft.documentDate());
        StockDocument document = new StockDocument(number, draft.category(), resolved.store, resolved.supplier,
                reversal(draft.reversesNumber(), null), draft.documentDate(), draft.remark(), resolved.lines,
                caller.getUsername(), Instant.now());
        document.fulfil(requisitionFulfilled(draft.requisitionNumber(), document, null), draft.emergency());
        document.receive(draft.receiving());
        documents.add(document);
        lifecycle.record(caller, StockDocumentLifecycle.entry(AuditAction.DOCUMENT_CREATED, document));
        return document;
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public StockDocument modify(long id, Integer expectedVersion, DocumentDraft draft) {
        return lifecycle.perform(RULES, DocumentAction.MODIFY, lockCurrent(id), expectedVersion, subject -> {
            StockDocument document = subject.document();
            if (draft.storeCode() != null && !draft.storeCode().strip().equals(document.getStore().getCode())) {
                throw new BusinessException(BusinessException.Kind.INVALID, "document.store.fixed",
                        document.getNumber(), document.getStore().getCode());
            }
            DocumentCategory category = draft.category() == null ? document.getCategory() : draft.category();
            // before the content is checked against the category, so that the answer names the category
            document.requireMayTakeCategory(category);
            // not into a closed month either
            lifecycle.requireOpenBooks(document.getStore(), draft.documentDate(), document.getNumber());
            Resolved resolved = resolve(new DocumentDraft(category, document.getStore().getCode(),
                    draft.supplierCode(), draft.reversesNumber(), draft.documentDate(), draft.remark(), draft.lines()));
            removedParts.require(category, document.getStore(), resolved.lines, BusinessException.Kind.INVALID);
            document.modify(category, resolved.supplier, reversal(draft.reversesNumber(), document.getId()),
                    draft.documentDate(), draft.remark(), resolved.lines, currentCaller.get().getUsername(),
                    Instant.now());
            document.fulfil(requisitionFulfilled(draft.requisitionNumber(), document, document.getId()),
                    draft.emergency());
            document.receive(draft.receiving());
            return document;
        });
    }

    /**
     * Attaches the papers (delivery note or packing list) of goods booked provisionally on the
     * shipper's word, saved or reviewed: whoever enters the store's documents; no stock moves, so a
     * closed month does not stand in the way.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public StockDocument attachPapers(long id, Integer expectedVersion, String deliveryNote) {
        StockDocument document = lockCurrent(id).document();
        Caller caller = currentCaller.get();
        caller.requireEntryRight(document.getStore());
        org.fieldstock.domain.shared.VersionCheck.require(expectedVersion, document.getVersion(),
                "document.changedMeanwhile", document.getNumber());
        document.attachPapers(deliveryNote, caller.getUsername(), Instant.now());
        lifecycle.record(caller, StockDocumentLifecycle.entry(AuditAction.DOCUMENT_MODIFIED, document));
        return document;
    }

    /**
     * A second person's check of a saved outbound before its review, where a rule requires one
     * (出库复核): someone who enters or reviews the store's documents, not who entered it.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public StockDocument check(long id, Integer expectedVersion) {
        return lifecycle.perform(RULES, DocumentAction.CHECK, lockCurrent(id), expectedVersion, subject -> {
            subject.document().check(currentCaller.get().getUsername(), Instant.now());
            return subject.document();
        });
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME})
    @ReviewMetered("document")
    public StockDocument review(long id, Integer expectedVersion) {
        return lifecycle.perform(RULES, DocumentAction.REVIEW, lockCurrent(id), expectedVersion, subject -> {
            StockDocument document = subject.document();
            Reversal reversal = null;
            if (document.getReverses() != null) {
                // locked, so that two returns of one receipt reviewed at once cannot together exceed it
                StockDocument receipt = documents.findForUpdate(document.getReverses().getId())
                        .orElseThrow(() -> new NotFoundException("document.notFound", document.getReverses().getId()));
                reversal = new Reversal(receipt, documents.returnedQuantities(receipt.getId(), document.getId()),
                        documents.returnedBatchQuantities(receipt.getId(), document.getId()));
            }
            Caller caller = currentCaller.get();
            String user = caller.getUsername();
            Instant now = Instant.now();
            // saved before petty purchases needed their request
            document.requireRequestWhereNeeded(BusinessException.Kind.CONFLICT);
            if (document.getRequisition() != null) {
                // what arrives for a requisition never exceeds what it asked for, whatever else was saved
                deliveries.requireWithin(document.getRequisition(), quantitiesByItem(document), null,
                        document.getId(), true, BusinessException.Kind.CONFLICT);
            }
            List<StockMovement> moved = document.review(reversal, user, now);
            if (!document.generatesDamageIntake()) {
                posting.post(document, moved, LedgerMovement.POSTING, user);
                lentTools.requireStillHeld(moved);
                if (document.getRequisition() != null) {
                    deliveries.arrivalsChanged(document.getRequisition(), user);
                }
                return document;
            }
            // in one step: new parts leave for the turbines and the removed ones, or the parts damaged in
            // storage, enter the damaged store
            removedParts.require(document.getCategory(), document.getStore(), document.linesAsEntered(),
                    BusinessException.Kind.CONFLICT);
            StockDocument intake = removedParts.intakeFor(document, user, now);
            posting.postTogether(List.of(new StockPosting.Booking(document, moved, LedgerMovement.POSTING),
                    new StockPosting.Booking(intake, intake.review(user, now), LedgerMovement.POSTING)), user);
            lentTools.requireStillHeld(moved);
            lifecycle.record(caller, StockDocumentLifecycle.entry(AuditAction.DOCUMENT_CREATED, intake));
            lifecycle.record(caller, StockDocumentLifecycle.entry(AuditAction.DOCUMENT_REVIEWED, intake));
            return document;
        });
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME})
    public StockDocument unreview(long id, Integer expectedVersion) {
        return lifecycle.perform(RULES, DocumentAction.UNREVIEW, lockCurrent(id), expectedVersion, subject -> {
            StockDocument document = subject.document();
            Caller caller = currentCaller.get();
            String user = caller.getUsername();
            Instant now = Instant.now();
            Optional<StockDocument> intake = removedParts.intakeOfForUpdate(document);
            if (intake.isEmpty()) {
                posting.post(document, document.unreview(user, now), LedgerMovement.REVERSAL, user);
                if (document.getRequisition() != null) {
                    deliveries.arrivalsChanged(document.getRequisition(), user);
                }
            } else {
                // the removed parts go back onto their turbines: refused once any has left the damaged store
                posting.postTogether(List.of(
                        new StockPosting.Booking(intake.get(), intake.get().unreview(user, now),
                                LedgerMovement.REVERSAL),
                        new StockPosting.Booking(document, document.unreview(user, now), LedgerMovement.REVERSAL)),
                        user);
                intake.get().delete(user, now);
                lifecycle.record(caller, StockDocumentLifecycle.entry(AuditAction.DOCUMENT_UNREVIEWED, intake.get()));
                lifecycle.record(caller, StockDocumentLifecycle.entry(AuditAction.DOCUMENT_DELETED, intake.get()));
            }
            subject.generator().map(TransferSlip.class::cast).filter(slip -> slip.isOutbound(document))
                    .ifPresent(slip -> slip.shipmentCalledBack(user, now));
            return document;
        });
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public void delete(long id, Integer expectedVersion) {
        lifecycle.perform(RULES, DocumentAction.DELETE, lockCurrent(id), expectedVersion, subject -> {
            subject.document().delete(currentCaller.get().getUsername(), Instant.now());
            return subject;
        });
    }

    /** What the caller may do to the document now and why not the rest: the screens' buttons follow it. */
    public AllowedActions allowedActions(StockDocument document) {
        Optional<DocumentGenerator> slip = document.getCategory().isGeneratedByTransfer()
                ? transferSlips.generating(document.getId()).map(DocumentGenerator.class::cast)
                : Optional.empty();
        return lifecycle.allowedActions(RULES, new StockDocumentLifecycle.Subject(document, slip,
                () -> documents.hasReviewedReturns(document.getId()), () -> outboundChecks.requiredFor(document)));
    }

    /**
     * The document locked for a change, with the transfer slip that generated it, if one did: the
     * slip, locked, and then its two documents, always in that order, so that the transfer-out and
     * transfer-in of one slip change one at a time and each sees the other as it is (the chain rules
     * depend on it). A document the caller may not see does not exist for them.
     */
    private StockDocumentLifecycle.Subject lockCurrent(long id) {
        // read unlocked, so checked again once locked: the slip may have been unreviewed meanwhile
        Optional<TransferSlip> slip = transferSlips.idOfSlipGenerating(id).flatMap(transferSlips::findForUpdate)
                .filter(s -> s.getOutbound() != null && (s.getOutbound().getId() == id
                        || s.getInbound().getId() == id));
        slip.ifPresent(s -> {
            documents.findForUpdate(s.getOutbound().getId());
            documents.findForUpdate(s.getInbound().getId());
        });
        Caller caller = currentCaller.get();
        StockDocument document = documents.findForUpdate(id).filter(d -> caller.mayRead(d.getStore()))
                .orElseThrow(() -> new NotFoundException("document.notFound", id));
        return new StockDocumentLifecycle.Subject(document, slip.map(DocumentGenerator.class::cast),
                () -> documents.hasReviewedReturns(document.getId()), () -> outboundChecks.requiredFor(document));
    }

    /** The document, if the caller may see its store; otherwise it does not exist for them. */
    public StockDocument find(long id) {
        Caller caller = currentCaller.get();
        return documents.find(id).filter(d -> caller.mayRead(d.getStore()))
                .orElseThrow(() -> new NotFoundException("document.notFound", id));
    }

    /**
     * The red-ink return of what is left to give back of a reviewed document, ready to be saved as it
     * is or changed first: a material return of a receipt, a return to stock of an issue (leftovers,
     * goods bounced back), dated today, for the one who enters documents for the store. Serials are
     * filled in for lines nothing was given back of yet.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public DocumentDraft returnDraftOf(long id) {
        StockDocument original = find(id);
        currentCaller.get().requireEntryRight(original.getStore());
        DocumentCategory returnCategory = returnCategoryOf(original)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT, "document.return.notReturnable",
                        original.getNumber()));
        List<DocumentDraft.Line> lines = RedInkReturnPolicy.leftToReturn(new Reversal(original,
                documents.returnedQuantities(id, null), documents.returnedBatchQuantities(id, null))).stream()
                .map(left -> new DocumentDraft.Line(left.line().getItem().getCode(), left.quantity().negate(), null,
                        null, left.line().getBatchNo(), null, left.whole() ? left.line().getSerials() : List.of()))
                .toList();
        if (lines.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "document.return.nothingLeft",
                    original.getNumber());
        }
        String supplier = returnCategory.acceptsSupplier() && original.getSupplier() != null
                ? original.getSupplier().getCode() : null;
        return new DocumentDraft(returnCategory, original.getStore().getCode(), supplier, original.getNumber(),
                LocalDate.now(), null, lines);
    }

    /**
     * Whether the caller may start a red-ink return of the document: it is reviewed, of a category
     * that takes returns, and the caller enters documents for its store.
     */
    public boolean mayReturn(StockDocument document) {
        return returnCategoryOf(document).isPresent() && currentCaller.get().mayEnterDocumentsFor(document.getStore());
    }

    /** Whether the caller may attach the papers of a delivery booked on the shipper's word: they enter its store's documents. */
    public boolean mayAttachPapers(StockDocument document) {
        return document.getCategory().isDelivered() && document.getReceiving().isProvisional()
                && document.getStatus() != DocumentStatus.DELETED
                && currentCaller.get().mayEnterDocumentsFor(document.getStore());
    }

    private static Optional<DocumentCategory> returnCategoryOf(StockDocument document) {
        return document.getStatus() == DocumentStatus.REVIEWED ? document.getCategory().returnedBy() : Optional.empty();
    }

    /**
     * The reviewed damage intake of the parts an issue the caller may read moved to the damaged store
     * (removed in a replacement, or damaged in storage), if it has one.
     */
    public Optional<StockDocument> removedPartsIntakeOf(StockDocument issue) {
        find(issue.getId());
        return issue.generatesDamageIntake() ? documents.removedPartsIntake(issue.getId()) : Optional.empty();
    }

    /**
     * One page of the documents matching the search among the stores the caller may see, newest
     * first or sorted by one of {@link DocumentSearch#SORTS}; the caller's scope is a filter of the
     * query, not a list of stores read first.
     */
    public Page<StockDocument> page(DocumentSearch search, PageRequest request) {
        return documents.page(search, currentCaller.get().readScope(), request);
    }

    /**
     * Who did what to the document and when, oldest first: who made, changed, reviewed, unreviewed
     * and deleted it. A deleted document's history stays readable, by whoever may read the
     * document's store, as while it existed; for anyone else the document does not exist.
     */
    public List<DocumentEvent> historyOf(long id) {
        StockDocument document = readableEvenIfDeleted(documents.findEvenIfDeleted(id),
                () -> new NotFoundException("document.notFound", id));
        return documents.history(document.getId());
    }

    /** The same by the document's number (as the audit trail names it), with the document. */
    public DocumentHistory historyByNumber(String number) {
        String given = number == null ? "" : number.strip();
        StockDocument document = readableEvenIfDeleted(
                given.isEmpty() ? Optional.empty() : documents.findByNumberEvenIfDeleted(given),
                () -> new NotFoundException("document.number.notFound", given));
        return new DocumentHistory(document, documents.history(document.getId()));
    }

    private StockDocument readableEvenIfDeleted(Optional<StockDocument> document,
            java.util.function.Supplier<NotFoundException> notFound) {
        Caller caller = currentCaller.get();
        return document.filter(d -> caller.mayRead(d.getStore())).orElseThrow(notFound);
    }

    /** The ledger rows the document has written, postings and reversals, oldest first. */
    public List<StockLedgerEntry> ledgerOf(long id) {
        find(id);
        return ledger.entriesOf(id);
    }

    /** The receipt a red-ink return names, with what its other returns already take back. */
    private Reversal reversal(String receiptNumber, Long returnId) {
        if (receiptNumber == null || receiptNumber.isBlank()) {
            return null;
        }
        Caller caller = currentCaller.get();
        StockDocument receipt = documents.findByNumber(receiptNumber).filter(d -> caller.mayRead(d.getStore()))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "document.reverses.unknown",
                        receiptNumber.strip()));
        return new Reversal(receipt, documents.returnedQuantities(receipt.getId(), returnId),
                documents.returnedBatchQuantities(receipt.getId(), returnId));
    }

    /**
     * Turns codes into master data and checks the document's rules, reporting every problem at
     * once: unknown codes and broken rules, with the line numbers the user sees.
     */
    private Resolved resolve(DocumentDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.category() == null) {
            problems.add(new Problem("document.category.required"));
        }
        Store store = null;
        if (draft.storeCode() == null || draft.storeCode().isBlank()) {
            problems.add(new Problem("document.store.required"));
        } else {
            Caller caller = currentCaller.get();
            store = organisation.storeByCode(draft.storeCode().strip()).filter(caller::mayRead).orElse(null);
            if (store == null) {
                problems.add(new Problem("store.unknown", draft.storeCode().strip()));
            } else if (!store.isActive()) {
                problems.add(new Problem("store.inactive", store.getCode()));
            }
        }
        Supplier supplier = null;
        if (draft.supplierCode() != null && !draft.supplierCode().isBlank()) {
            supplier = suppliers.byCode(draft.supplierCode()).orElse(null);
            if (supplier == null) {
                problems.add(new Problem("supplier.unknown", draft.supplierCode().strip()));
            }
        }
        if (draft.remark() != null && draft.remark().strip().length() > StockDocument.MAX_REMARK_LENGTH) {
            problems.add(new Problem("document.remark.tooLong", StockDocument.MAX_REMARK_LENGTH));
        }
        List<NewLine> lines = new ArrayList<>();
        List<Integer> unknownItemLines = new ArrayList<>();
        int lineNo = 0;
        for (DocumentDraft.Line line : draft.lines()) {
            lineNo++;
            String code = line == null ? null : line.itemCode();
            Item item = null;
            if (code != null && !code.isBlank()) {
                item = items.byCode(code).orElse(null);
                if (item == null) {
                    problems.add(new Problem("line.item.unknown", lineNo, code.strip()));
                    unknownItemLines.add(lineNo);
                }
            }
            if (line == null) {
                lines.add(new NewLine(null, null, null));
                continue;
            }
            lines.add(new NewLine(item, line.quantity(), line.remark(), turbine(store, line.turbineNo(), lineNo, problems),
                    line.batchNo(), line.expiryDate(), line.serials(), failure(line.failure(), draft.documentDate())));
        }
        if (draft.category() != null && store != null) {
            // the domain's own rules, less what an unknown code above already explains
            DocumentCheck check = DocumentCheck.forSaving().withUnknownItemsOn(unknownItemLines);
            if (draft.supplierCode() != null && !draft.supplierCode().isBlank() && supplier == null) {
                check = check.without(DocumentRule.SUPPLIER);
            }
            problems.addAll(check.check(draft.category(), store, supplier, draft.documentDate(), lines));
        } else if (draft.documentDate() == null) {
            problems.add(new Problem("document.date.required"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        return new Resolved(store, supplier, lines);
    }

    /** A replacement as entered, by default replaced by the one entering it on the document's date. */
    private FailureRecord failure(FailureRecord entered, LocalDate documentDate) {
        if (entered == null || entered.isEmpty()) {
            return null;
        }
        String username = currentCaller.get().getUsername();
        return entered.withDefaults(users.byUsername(username).map(AppUser::getDisplayName).orElse(username),
                documentDate);
    }

    /** The turbine a line names, looked up among the turbines of the site that owns the store. */
    private Turbine turbine(Store store, String turbineNo, int lineNo, List<Problem> problems) {
        if (turbineNo == null || turbineNo.isBlank() || store == null) {
            return null;
        }
        if (store.getOwner().getKind() != OrgUnitKind.SITE) {
            problems.add(new Problem("line.turbine.notASiteStore", lineNo, store.getCode()));
            return null;
        }
        Turbine turbine = organisation.turbine(store.getOwner(), turbineNo.strip()).orElse(null);
        if (turbine == null) {
            problems.add(new Problem("line.turbine.unknown", lineNo, turbineNo.strip(), store.getOwner().getCode()));
        }
        return turbine;
    }

    private record Resolved(Store store, Supplier supplier, List<NewLine> lines) {
    }

    /**
     * The approved requisition a receipt names, checked: a purchase into the good store of the
     * requisition's own site, of items it asked for, no more than it still waits for (leaving out
     * this document, when it is being changed). None when no number is given.
     */
    private Requisition requisitionFulfilled(String number, StockDocument receipt, Long exceptDocumentId) {
        if (number == null) {
            return null;
        }
        Requisition requisition = requisitions.byNumber(number).filter(r -> currentCaller.get()
                .maySeeRequisitionsOf(r.getSite())).orElseThrow(() -> new BusinessException(
                        BusinessException.Kind.INVALID, "requisition.unknownNumber", number));
        DocumentCategory category = receipt.getCategory();
        if (!category.isPurchase()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.notAReceipt", number,
                    MessageKey.of(category));
        }
        if (!receipt.getStore().getOwner().getCode().equals(requisition.getSite().getCode())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.otherSite", number,
                    requisition.getSite().getCode(), receipt.getStore().getCode());
        }
        // an emergency keeps the requisition linked to it while that is still being signed
        boolean followsIt = receipt.isEmergency() && receipt.getRequisition() != null
                && receipt.getRequisition().getId().equals(requisition.getId());
        if (requisition.getStatus() != RequisitionStatus.APPROVED && !followsIt) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.notApproved", number,
                    MessageKey.of(requisition.getStatus()));
        }
        deliveries.requireWithin(requisition, quantitiesByItem(receipt), null, exceptDocumentId, false,
                BusinessException.Kind.INVALID);
        return requisition;
    }

    private static Map<Item, BigDecimal> quantitiesByItem(StockDocument document) {
        Map<Item, BigDecimal> quantities = new LinkedHashMap<>();
        document.getLines().forEach(line -> quantities.merge(line.getItem(), line.getQuantity().abs(),
                BigDecimal::add));
        return quantities;
    }
}
