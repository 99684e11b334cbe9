-- A self-use line that replaces a failed part records the damaged-part register's entry
-- (返修损坏备件清单): who replaced it and when, the serials removed, the cause. Reviewing the issue
-- books the removed parts into the site's damaged store on a damage intake generated from it,
-- whose lines carry the same record.

ALTER TABLE stock_document_line ADD replaced_by VARCHAR(100);
ALTER TABLE stock_document_line ADD replaced_on DATE;
ALTER TABLE stock_document_line ADD removed_serials VARCHAR(2000);
ALTER TABLE stock_document_line ADD failure_cause VARCHAR(20);
ALTER TABLE stock_document_line ADD failure_note VARCHAR(300);

-- on a damage intake: the self-use issue whose replacements it books, reviewed and unreviewed with it
ALTER TABLE stock_document ADD generated_from_id NUMERIC(19);
ALTER TABLE stock_document ADD CONSTRAINT fk_stock_document_generated_from
    FOREIGN KEY (generated_from_id) REFERENCES stock_document (id);
CREATE INDEX ix_stock_document_generated_from ON stock_document (generated_from_id);

-- the turbine a serial-tracked unit is fitted to, while it is in no store because it was issued onto it
ALTER TABLE serial_unit ADD turbine_id NUMERIC(19);
ALTER TABLE serial_unit ADD CONSTRAINT fk_serial_unit_turbine FOREIGN KEY (turbine_id) REFERENCES turbine (id);

-- a removed serial is looked up whatever item it was entered under
CREATE INDEX ix_serial_unit_serial_no ON serial_unit (serial_no);
