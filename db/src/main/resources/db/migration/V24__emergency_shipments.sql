-- Emergencies (issue 20, 3篇 1.1): goods may be shipped or bought first, flagged "requisition to
-- follow", and stay on the BU's list until a requisition is filed and linked to them.
-- A daily report's petty-purchase line names the approved requisition it was bought for (2篇 2.2).

ALTER TABLE stock_document ADD emergency BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE transfer_slip ADD emergency BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_stock_document_emergency ON stock_document (emergency, requisition_id);
CREATE INDEX ix_transfer_slip_emergency ON transfer_slip (emergency, requisition_id);

ALTER TABLE daily_report_line ADD requisition_number VARCHAR(30);
