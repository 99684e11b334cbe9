-- The document list, the stock ledger and the audit trail are paged in the database, newest first
-- (issue 18): each order and filter they page by is an index, read backwards from the newest row
-- until the page is full, where without one the whole table was sorted to find the first rows.

-- Every document, newest first; of one status (SAVED: what is still to review), newest first.
CREATE INDEX ix_stock_document_date_number ON stock_document (doc_date, doc_number);
CREATE INDEX ix_stock_document_status_date ON stock_document (status, doc_date, doc_number);
-- The documents of one store (or of the stores in a caller's scope), newest first.
CREATE INDEX ix_stock_document_store_number ON stock_document (store_id, doc_date, doc_number);

-- A store's ledger of every item, latest first (of one item: ix_stock_ledger_store_item_time).
CREATE INDEX ix_stock_ledger_store_time ON stock_ledger_entry (store_id, posted_at);

-- The audit trail of one action, newest first (by time, actor and subject: V7's indexes).
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
