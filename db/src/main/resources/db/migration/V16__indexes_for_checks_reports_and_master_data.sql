-- Issue 18: the reads of the stock check, the daily-report overview, the stocktake pages and the
-- master-data lists are served by indexes.

-- The stock check adds up every (store, item)'s ledger rows: an index-only scan in key order,
-- merged with the balances' unique key, instead of reading the 3 GB table and sorting it.
CREATE INDEX ix_stock_ledger_store_item_qty ON stock_ledger_entry (store_id, item_id, quantity);
