package org.fieldstock.application.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.shared.MasterDataRights;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemCodes;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The item catalogue: everyone who works with stock reads it; the planning office creates items
 * (the code is theirs to give, and never changes) and edits them, within the rules that keep
 * booked serials, batches and quantities meaningful.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class ItemMasterService {

    public static final int MAX_PAGE = 200;

    @Inject
    private ItemRepository items;

    @Inject
    private AuditTrail audit;

    @EJB
    private PriceListService prices;

    @Inject
    private CurrentCaller currentCaller;

    /** A page of items of a category (null: any) matching the text, and how many match in all. */
    public ItemPage page(String text, ItemCategory category, int first, int maxResults) {
        int size = Math.max(1, Math.min(maxResults, MAX_PAGE));
        return new ItemPage(items.page(text, category, Math.max(0, first), size), items.count(text, category));
    }

    public Item item(String code) {
        String cleaned = code == null ? "" : code.strip();
        return (cleaned.isEmpty() ? Optional.<Item>empty() : items.byCode(cleaned))
                .orElseThrow(() -> new NotFoundException("item.unknownCode", cleaned));
    }

    /** The next free code of the catalogue pattern for a category and assembly group, e.g. "SP-GBX-0013". */
    @RolesAllowed(Role.PLANNER_NAME)
    public String nextCode(ItemCategory category, String group) {
        MasterDataRights.requirePlanner(currentCaller.get());
        if (category == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "masterData.required",
                    new MessageKey("field.category"));
        }
        String g = group == null ? "" : group.strip().toUpperCase(Locale.ROOT);
        if (!ItemCodes.isValidGroup(g)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "item.group.invalid", g);
        }
        return ItemCodes.next(category, g, items.codesStartingWith(ItemCodes.prefix(category) + "-" + g + "-"));
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public Item create(String code, ItemDetails details) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        String cleaned = TextRules.clean(code) == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (cleaned != null && items.byCode(cleaned).isPresent()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "item.code.taken", cleaned);
        }
        Item item = Item.create(cleaned, details);
        items.add(item);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CREATED, AuditSubject.ITEM, item.getCode(), null,
                describe(item));
        return item;
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public Item change(String code, ItemDetails details, Integer expectedVersion) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        String cleaned = code == null ? "" : code.strip();
        Item item = items.byCodeForUpdate(cleaned).orElseThrow(() -> new NotFoundException("item.unknownCode", cleaned));
        MasterDataRights.requireVersion(expectedVersion, item.getVersion(), item.getCode());
        BigDecimal priceBefore = item.getUnitPrice();
        List<String> changes = item.change(details, items.usage(item));
        if (item.getUnitPrice() != null
                && (priceBefore == null || priceBefore.compareTo(item.getUnitPrice()) != 0)) {
            prices.catalogueChanged(item, priceBefore, caller.getUsername());
        }
        if (!changes.isEmpty()) {
            audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CHANGED, AuditSubject.ITEM, item.getCode(),
                    null, String.join("; ", changes));
        }
        return item;
    }

    /** The packed volume of an item in m³ (none: not known), audited when it changes. */
    @RolesAllowed(Role.PLANNER_NAME)
    public Item changePackedVolume(String code, BigDecimal volumeM3) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        String cleaned = code == null ? "" : code.strip();
        Item item = items.byCodeForUpdate(cleaned).orElseThrow(() -> new NotFoundException("item.unknownCode", cleaned));
        item.changePackedVolume(volumeM3).ifPresent(change -> audit.record(caller.getUsername(),
                AuditAction.MASTER_DATA_CHANGED, AuditSubject.ITEM, item.getCode(), null, change));
        return item;
    }

    private static String describe(Item item) {
        return item.getNameZh() + " / " + item.getNameEn() + " " + item.getCategory().name() + " "
                + item.getUnitZh() + "/" + item.getUnitEn()
                + (item.isSerialTracked() ? " serialTracked" : "")
                + (item.isBatchTracked() ? " shelfLifeMonths " + item.getShelfLifeMonths() : "");
    }

    /** One page of the catalogue and the number of items matching in all. */
    public record ItemPage(List<Item> items, long total) {
    }
}
