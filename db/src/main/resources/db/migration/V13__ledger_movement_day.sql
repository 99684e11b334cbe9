-- Every ledger row keeps the day its goods moved: the document's date when the row was posted.
-- Until now the daily ledger read the document's current date, so a document reviewed on D1,
-- unreviewed, re-dated D2 and reviewed again moved its first posting and the reversal to D2.
ALTER TABLE stock_ledger_entry ADD movement_day DATE;

-- What is known of the rows written before: their document's date now (exact for every document
-- whose date never changed after it was first posted).
UPDATE stock_ledger_entry SET movement_day =
    (SELECT d.doc_date FROM stock_document d WHERE d.id = stock_ledger_entry.document_id);

-- NOT NULL as a constraint: H2, PostgreSQL and Oracle alter a column's nullability each its own way.
ALTER TABLE stock_ledger_entry ADD CONSTRAINT ck_stock_ledger_movement_day CHECK (movement_day IS NOT NULL);

CREATE INDEX ix_stock_ledger_store_day ON stock_ledger_entry (store_id, movement_day);
