package org.fieldstock.application.toolloan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.toolloan.ReturnCondition;
import org.fieldstock.domain.toolloan.ToolLoan;
import org.fieldstock.domain.toolloan.ToolLoanRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Tool loans (临时领用表): whoever enters the documents of a site's good store lends its tools, never
 * more than is on hand and not already out, a tracked tool by a serial that is in the store; takes
 * them back, fine, or damaged, which saves a storage-damage document (库存损坏) for the BU to review.
 * Everyone who reads a store sees its loans, and the ones overdue.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class ToolLoanService {

    /** The most loans one list shows. */
    public static final int MAX_LISTED = 2_000;

    @Inject
    private ToolLoanRepository loans;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private StockLedger ledger;

    @Inject
    private StockDocumentService documents;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** A loan as the screen or the API hands it in: codes, not entities; the quantity for untracked tools. */
    public record LoanDraft(String storeCode, String itemCode, String serialNo, BigDecimal quantity, String borrower,
            String purpose, LocalDate lentOn, LocalDate dueOn) implements java.io.Serializable {
    }

    /** How a tool came back: the day, its condition, a note (what is wrong, when damaged) and, if damaged, the cause. */
    public record ReturnDraft(LocalDate returnedOn, ReturnCondition condition, String note, FailureCause cause)
            implements java.io.Serializable {
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public ToolLoan lend(LoanDraft draft) {
        Caller caller = currentCaller.get();
        Store store = readableStore(draft.storeCode());
        caller.requireEntryRight(store);
        Item item = items.byCode(draft.itemCode() == null ? "" : draft.itemCode().strip()).orElseThrow(() ->
                new BusinessException(BusinessException.Kind.INVALID, "item.unknownCode", draft.itemCode()));
        LocalDate lentOn = draft.lentOn() == null ? LocalDate.now() : draft.lentOn();
        Instant now = Instant.now();
        ToolLoan loan = new ToolLoan(loans.nextNumber(lentOn), store, item, draft.serialNo(), draft.quantity(),
                draft.borrower(), draft.purpose(), lentOn, draft.dueOn(), caller.getUsername(), now);
        // the balance row locked first, as postings lock it: two loans of the last unit at once cannot both pass
        BigDecimal onHand = ledger.lockBalance(store, item).map(StockBalance::getOnHand).orElse(BigDecimal.ZERO);
        if (loan.getSerialNo() != null) {
            SerialUnit unit = ledger.lockSerial(item, loan.getSerialNo()).orElse(null);
            if (unit == null || unit.getStore() == null || !unit.getStore().getCode().equals(store.getCode())) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.serial.notInStore", item.getCode(),
                        loan.getSerialNo(), store.getCode());
            }
            if (loans.isOut(item, loan.getSerialNo())) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "loan.serial.lent", item.getCode(),
                        loan.getSerialNo());
            }
        }
        BigDecimal out = loans.lentOut(store, item);
        if (out.add(loan.getQuantity()).compareTo(onHand) > 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "loan.exceedsOnHand", item.getCode(),
                    store.getCode(), plain(onHand), plain(out));
        }
        loans.add(loan);
        audit.record(caller.getUsername(), AuditAction.TOOL_LENT, AuditSubject.TOOL_LOAN, loan.getNumber(),
                store.getOwner().getCode(), item.getCode() + (loan.getSerialNo() == null ? " × " + plain(loan.getQuantity())
                        : " " + loan.getSerialNo()) + " → " + loan.getBorrower() + ", " + loan.getDueOn());
        return loan;
    }

    /**
     * Signs a lent tool back in. Damaged, it goes to the site's damaged store on a saved storage-damage
     * document with the cause and note, which the BU reviews as any other.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public ToolLoan takeBack(long id, Integer expectedVersion, ReturnDraft draft) {
        Caller caller = currentCaller.get();
        ToolLoan loan = loans.findForUpdate(id).filter(l -> caller.mayRead(l.getStore()))
                .orElseThrow(() -> new NotFoundException("loan.notFound", id));
        caller.requireEntryRight(loan.getStore());
        VersionCheck.require(expectedVersion, loan.getVersion(), "loan.changedMeanwhile", loan.getNumber());
        LocalDate on = draft.returnedOn() == null ? LocalDate.now() : draft.returnedOn();
        loan.takeBack(on, draft.condition(), draft.note(), caller.getUsername(), Instant.now());
        if (loan.getCondition() == ReturnCondition.DAMAGED) {
            FailureCause cause = draft.cause() == null ? FailureCause.OTHER : draft.cause();
            StockDocument damage = documents.create(new DocumentDraft(DocumentCategory.STORAGE_DAMAGE,
                    loan.getStore().getCode(), null, null, on, "工具借用损坏 Tool loan " + loan.getNumber() + ": "
                            + loan.getBorrower(),
                    List.of(new DocumentDraft.Line(loan.getItem().getCode(), loan.getQuantity(), loan.getReturnNote(),
                            null, null, null, loan.getSerialNo() == null ? List.of() : List.of(loan.getSerialNo()),
                            new FailureRecord(loan.getBorrower(), on, List.of(), cause, loan.getReturnNote())))));
            loan.damageBookedOn(damage);
        }
        audit.record(caller.getUsername(), AuditAction.TOOL_RETURNED, AuditSubject.TOOL_LOAN, loan.getNumber(),
                loan.getStore().getOwner().getCode(), loan.getCondition().name() + (loan.getDamageDocument() == null
                        ? "" : " → " + loan.getDamageDocument().getNumber()));
        return loan;
    }

    public ToolLoan find(long id) {
        Caller caller = currentCaller.get();
        return loans.find(id).filter(l -> caller.mayRead(l.getStore()))
                .orElseThrow(() -> new NotFoundException("loan.notFound", id));
    }

    /**
     * The loans of the caller's own stores (the site's, the BU's and its sites', every store for the
     * planning office), or of one store the caller reads: those still out, or all; only the overdue
     * ones, if asked; the longest out first.
     */
    public List<ToolLoan> search(String storeCode, boolean outOnly, boolean overdueOnly) {
        Caller caller = currentCaller.get();
        Store store = storeCode == null || storeCode.isBlank() ? null : readableStore(storeCode);
        return loans.search(store == null ? caller.ownScope() : caller.readScope(), store, outOnly,
                overdueOnly ? LocalDate.now() : null, MAX_LISTED);
    }

    /** How much of each item (by code) a store the caller reads has out on loan: on hand, but lent. */
    public java.util.Map<String, BigDecimal> lentOut(String storeCode) {
        return loans.lentOutByItem(readableStore(storeCode));
    }

    /** The serials of a tracked tool in the store that are not out on loan, in order: what may be lent. */
    public List<String> lendableSerials(String storeCode, String itemCode) {
        Store store = readableStore(storeCode);
        Item item = items.byCode(itemCode == null ? "" : itemCode.strip()).orElse(null);
        if (item == null || !item.isSerialTracked()) {
            return List.of();
        }
        return ledger.serials(store, item).stream().map(SerialUnit::getSerialNo)
                .filter(serial -> !loans.isOut(item, serial)).sorted().toList();
    }

    /** Whether the caller may lend the store's tools and take them back. */
    public boolean mayLendFrom(Store store) {
        return currentCaller.get().mayEnterDocumentsFor(store);
    }

    private Store readableStore(String code) {
        Caller caller = currentCaller.get();
        String given = code == null ? "" : code.strip();
        return organisation.storeByCode(given).filter(caller::mayRead)
                .orElseThrow(() -> new NotFoundException("store.unknown", given));
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
