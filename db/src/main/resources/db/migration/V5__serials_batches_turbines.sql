-- Serial numbers for serial-tracked items (one per unit), batches with an
-- expiry date for items with a shelf life, and the turbine a self-used part
-- went into.

ALTER TABLE stock_document_line ADD turbine_id NUMERIC(19);
ALTER TABLE stock_document_line ADD batch_no VARCHAR(40);
ALTER TABLE stock_document_line ADD expiry_date DATE;
ALTER TABLE stock_document_line ADD CONSTRAINT fk_stock_document_line_turbine
    FOREIGN KEY (turbine_id) REFERENCES turbine (id);

CREATE TABLE stock_document_line_serial (
    line_id     NUMERIC(19)  NOT NULL,
    serial_pos  INTEGER      NOT NULL,
    serial_no   VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_stock_document_line_serial PRIMARY KEY (line_id, serial_pos),
    CONSTRAINT fk_line_serial_line FOREIGN KEY (line_id) REFERENCES stock_document_line (id)
);
CREATE INDEX ix_line_serial_serial_no ON stock_document_line_serial (serial_no);

-- Where each serial-tracked unit is now: one row per (item, serial), so that a
-- serial can be in one store at a time however many servers post at once.
-- store_id is null while the unit is in no store (issued, scrapped, returned).
CREATE TABLE serial_unit (
    id           NUMERIC(19)  NOT NULL,
    item_id      NUMERIC(19)  NOT NULL,
    serial_no    VARCHAR(60)  NOT NULL,
    store_id     NUMERIC(19),
    arrived_at   TIMESTAMP,
    version      NUMERIC(10)  NOT NULL,
    CONSTRAINT pk_serial_unit PRIMARY KEY (id),
    CONSTRAINT uq_serial_unit_item_serial UNIQUE (item_id, serial_no),
    CONSTRAINT fk_serial_unit_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_serial_unit_store FOREIGN KEY (store_id) REFERENCES store (id)
);
CREATE INDEX ix_serial_unit_store_item ON serial_unit (store_id, item_id);

-- The on-hand of each batch of a shelf-life item in a store.
CREATE TABLE stock_batch (
    id             NUMERIC(19)   NOT NULL,
    store_id       NUMERIC(19)   NOT NULL,
    item_id        NUMERIC(19)   NOT NULL,
    batch_no       VARCHAR(40)   NOT NULL,
    expiry_date    DATE          NOT NULL,
    on_hand        NUMERIC(18,4) NOT NULL,
    first_received TIMESTAMP     NOT NULL,
    version        NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_stock_batch PRIMARY KEY (id),
    CONSTRAINT uq_stock_batch_store_item_no UNIQUE (store_id, item_id, batch_no),
    CONSTRAINT fk_stock_batch_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_stock_batch_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_stock_batch_not_negative CHECK (on_hand >= 0)
);
