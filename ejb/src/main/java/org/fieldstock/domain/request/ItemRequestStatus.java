package org.fieldstock.domain.request;

/** Open until the planning office decides: it creates the item, or rejects the request with a reason. */
public enum ItemRequestStatus {
    OPEN,
    CREATED,
    REJECTED
}
