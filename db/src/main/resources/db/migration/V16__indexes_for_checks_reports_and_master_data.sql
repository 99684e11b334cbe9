-- Issue 18: the reads of the stock check, the daily-report overview, the stocktake pages and the
-- master-data lists are served by indexes.

-- The stock check adds up every (store, item)'s ledger rows: an index-only scan in key order,
-- merged with the balances' unique key, instead of reading the 3 GB table and sorting it.
CREATE INDEX ix_stock_ledger_store_item_qty ON stock_ledger_entry (store_id, item_id, quantity);

-- Sites, org units and stores chosen in the caller's scope: a site's or BU's stores, a BU's sites in
-- code order, the sites in code order (the daily-report overview, the org-unit list, the stores).
CREATE INDEX ix_store_owner_active ON store (owner_id, active);
CREATE INDEX ix_org_unit_parent_code ON org_unit (parent_id, code);
CREATE INDEX ix_org_unit_kind_code ON org_unit (kind, code);

-- The stocktake campaigns, newest first.
CREATE INDEX ix_stocktake_campaign_created ON stocktake_campaign (created_at, id);
