-- Transfer slips (调拨单) between stores of one BU or of two BUs. Reviewing a
-- slip generates a transfer-out document for the sending store and a
-- transfer-in document for the receiving store; the goods are in transit
-- from the review of the first to the review of the second.

CREATE SEQUENCE transfer_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE transfer_slip (
    id                    NUMERIC(19)   NOT NULL,
    slip_number           VARCHAR(30)   NOT NULL,
    kind                  VARCHAR(12)   NOT NULL,
    from_store_id         NUMERIC(19)   NOT NULL,
    to_store_id           NUMERIC(19)   NOT NULL,
    cross_bu              BOOLEAN       NOT NULL,
    slip_date             DATE          NOT NULL,
    packing_list_ref      VARCHAR(60),
    agreed_by_sending     VARCHAR(100),
    agreed_by_receiving   VARCHAR(100),
    remark                VARCHAR(500),
    status                VARCHAR(12)   NOT NULL,
    outbound_document_id  NUMERIC(19),
    inbound_document_id   NUMERIC(19),
    loss_approved_by      VARCHAR(50),
    loss_approved_at      TIMESTAMP,
    created_by            VARCHAR(50)   NOT NULL,
    created_at            TIMESTAMP     NOT NULL,
    modified_by           VARCHAR(50),
    modified_at           TIMESTAMP,
    reviewed_by           VARCHAR(50),
    reviewed_at           TIMESTAMP,
    version               NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_transfer_slip PRIMARY KEY (id),
    CONSTRAINT uq_transfer_slip_number UNIQUE (slip_number),
    CONSTRAINT fk_transfer_slip_from FOREIGN KEY (from_store_id) REFERENCES store (id),
    CONSTRAINT fk_transfer_slip_to FOREIGN KEY (to_store_id) REFERENCES store (id),
    CONSTRAINT fk_transfer_slip_outbound FOREIGN KEY (outbound_document_id) REFERENCES stock_document (id),
    CONSTRAINT fk_transfer_slip_inbound FOREIGN KEY (inbound_document_id) REFERENCES stock_document (id)
);
CREATE INDEX ix_transfer_slip_status ON transfer_slip (status, slip_date);
CREATE INDEX ix_transfer_slip_outbound ON transfer_slip (outbound_document_id);
CREATE INDEX ix_transfer_slip_inbound ON transfer_slip (inbound_document_id);

CREATE TABLE transfer_slip_line (
    id          NUMERIC(19)   NOT NULL,
    slip_id     NUMERIC(19)   NOT NULL,
    line_no     INTEGER       NOT NULL,
    item_id     NUMERIC(19)   NOT NULL,
    quantity    NUMERIC(18,4) NOT NULL,
    batch_no    VARCHAR(40),
    remark      VARCHAR(300),
    CONSTRAINT pk_transfer_slip_line PRIMARY KEY (id),
    CONSTRAINT fk_transfer_slip_line_slip FOREIGN KEY (slip_id) REFERENCES transfer_slip (id),
    CONSTRAINT fk_transfer_slip_line_item FOREIGN KEY (item_id) REFERENCES item (id)
);
CREATE INDEX ix_transfer_slip_line_slip ON transfer_slip_line (slip_id);

CREATE TABLE transfer_slip_line_serial (
    line_id     NUMERIC(19)  NOT NULL,
    serial_pos  INTEGER      NOT NULL,
    serial_no   VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_transfer_slip_line_serial PRIMARY KEY (line_id, serial_pos),
    CONSTRAINT fk_transfer_line_serial_line FOREIGN KEY (line_id) REFERENCES transfer_slip_line (id)
);

-- What arrived differently from what was sent, recorded on the transfer-in
-- document's lines: units damaged on arrival (booked into the receiving unit's
-- damaged store) and units missing (a loss the planning office approves).
ALTER TABLE stock_document ADD damaged_store_id NUMERIC(19);
ALTER TABLE stock_document ADD CONSTRAINT fk_stock_doc_damaged_store
    FOREIGN KEY (damaged_store_id) REFERENCES store (id);
ALTER TABLE stock_document_line ADD damaged_on_arrival NUMERIC(18,4);
ALTER TABLE stock_document_line ADD missing_on_arrival NUMERIC(18,4);
ALTER TABLE stock_document_line ADD damaged_serials VARCHAR(2000);
ALTER TABLE stock_document_line ADD missing_serials VARCHAR(2000);
