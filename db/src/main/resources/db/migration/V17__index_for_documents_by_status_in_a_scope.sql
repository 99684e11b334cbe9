-- Issue 18: the document list filtered by status for a caller who sees a BU (its hundred stores):
-- the count reads the status's documents of those stores from one index (44 ms to 4 ms on the
-- field-size data set), where it intersected the status index with every document of the stores.
CREATE INDEX ix_stock_document_status_store ON stock_document (status, store_id);
