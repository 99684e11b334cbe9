-- Issue 18: the transfer lists read a page at a time, each read served by an index.
-- The list of slips, newest first (the planning office's, unfiltered):
CREATE INDEX ix_transfer_slip_date ON transfer_slip (slip_date, slip_number);
-- A site's or a BU's slips, found by the stores at either end:
CREATE INDEX ix_transfer_slip_from_store ON transfer_slip (from_store_id, slip_date);
CREATE INDEX ix_transfer_slip_to_store ON transfer_slip (to_store_id, slip_date);
-- The work lists and goods in transit start from the few saved transfer documents among all:
CREATE INDEX ix_stock_document_category_status ON stock_document (category, status);
-- and from the transfer-in lines that report units missing on arrival:
CREATE INDEX ix_stock_document_line_missing ON stock_document_line (missing_on_arrival);
