package org.fieldstock.domain.item;

import java.util.List;
import java.util.Optional;

/** The item master. */
public interface ItemRepository {

    Optional<Item> byCode(String code);

    /** Items whose code, name (Chinese or English) or spec contains the text, by code. */
    List<Item> search(String text, int maxResults);
}
