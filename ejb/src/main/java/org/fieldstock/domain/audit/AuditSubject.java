package org.fieldstock.domain.audit;

/** The kind of thing an audit entry is about. */
public enum AuditSubject {
    DOCUMENT,
    USER,
    TOKEN,
    ORG_UNIT,
    STORE,
    ITEM,
    ITEM_REQUEST,
    SUPPLIER,
    TURBINE,
    TRANSFER_SLIP,
    STOCKTAKE,
    MONTH,
    TOOL_LOAN,
    DAILY_REPORT,
    REQUISITION,
    DEMAND_PLAN,
    IMPORT_RUN,
    DATABASE
}
