package org.fieldstock.domain.item;

import java.util.List;
import java.util.Optional;

/** The item master. */
public interface ItemRepository {

    Optional<Item> byCode(String code);

    /** Items whose code, name (Chinese or English) or spec contains the text, by code. */
    List<Item> search(String text, int maxResults);

    /** A page of the catalogue: items of a category (null: any) whose code, names or spec contain the text, by code. */
    List<Item> page(String text, ItemCategory category, int first, int maxResults);

    long count(String text, ItemCategory category);

    /** The items of these ids, in no order. */
    List<Item> byIds(java.util.Collection<Long> ids);

    /** The item, locked until the transaction ends. */
    Optional<Item> byCodeForUpdate(String code);

    /** Stores a new item; a code taken by someone else at the same moment fails as a conflict. */
    void add(Item item);

    ItemUsage usage(Item item);

    /** Every code that starts with the text. */
    List<String> codesStartingWith(String prefix);
}
