package org.fieldstock.domain.document;

import java.util.List;
import java.util.Optional;

/** Where the rules of who checks outbounds are kept. */
public interface OutboundCheckRuleRepository {

    /** Every rule, those of every BU first, then by BU code and category. */
    List<OutboundCheckRule> all();

    Optional<OutboundCheckRule> find(long id);

    void add(OutboundCheckRule rule);

    void remove(OutboundCheckRule rule);
}
