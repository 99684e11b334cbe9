-- Stock documents (other inbound / other outbound), the append-only stock
-- ledger and the on-hand balance per (store, item).

CREATE SEQUENCE document_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE stock_document (
    id            NUMERIC(19)   NOT NULL,
    doc_number    VARCHAR(30)   NOT NULL,
    doc_type      VARCHAR(20)   NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    store_id      NUMERIC(19)   NOT NULL,
    supplier_id   NUMERIC(19),
    doc_date      DATE          NOT NULL,
    red_ink       BOOLEAN       NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    remark        VARCHAR(500),
    created_by    VARCHAR(50)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    modified_by   VARCHAR(50),
    modified_at   TIMESTAMP,
    reviewed_by   VARCHAR(50),
    reviewed_at   TIMESTAMP,
    version       NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_stock_document PRIMARY KEY (id),
    CONSTRAINT uq_stock_document_number UNIQUE (doc_number),
    CONSTRAINT fk_stock_document_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_stock_document_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX ix_stock_document_store_date ON stock_document (store_id, doc_date);

CREATE TABLE stock_document_line (
    id            NUMERIC(19)   NOT NULL,
    document_id   NUMERIC(19)   NOT NULL,
    line_no       INTEGER       NOT NULL,
    item_id       NUMERIC(19)   NOT NULL,
    quantity      NUMERIC(18,4) NOT NULL,
    remark        VARCHAR(300),
    CONSTRAINT pk_stock_document_line PRIMARY KEY (id),
    CONSTRAINT fk_stock_document_line_doc FOREIGN KEY (document_id) REFERENCES stock_document (id),
    CONSTRAINT fk_stock_document_line_item FOREIGN KEY (item_id) REFERENCES item (id)
);
CREATE INDEX ix_stock_document_line_doc ON stock_document_line (document_id);

CREATE TABLE stock_balance (
    id            NUMERIC(19)   NOT NULL,
    store_id      NUMERIC(19)   NOT NULL,
    item_id       NUMERIC(19)   NOT NULL,
    on_hand       NUMERIC(18,4) NOT NULL,
    version       NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_stock_balance PRIMARY KEY (id),
    CONSTRAINT uq_stock_balance_store_item UNIQUE (store_id, item_id),
    CONSTRAINT fk_stock_balance_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_stock_balance_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_stock_balance_not_negative CHECK (on_hand >= 0)
);

-- Append-only: rows are inserted by reviewing (POSTING) and unreviewing
-- (REVERSAL) and never updated or deleted.
CREATE TABLE stock_ledger_entry (
    id             NUMERIC(19)   NOT NULL,
    store_id       NUMERIC(19)   NOT NULL,
    item_id        NUMERIC(19)   NOT NULL,
    document_id    NUMERIC(19)   NOT NULL,
    doc_number     VARCHAR(30)   NOT NULL,
    movement       VARCHAR(12)   NOT NULL,
    quantity       NUMERIC(18,4) NOT NULL,
    balance_after  NUMERIC(18,4) NOT NULL,
    posted_at      TIMESTAMP     NOT NULL,
    posted_by      VARCHAR(50)   NOT NULL,
    CONSTRAINT pk_stock_ledger_entry PRIMARY KEY (id),
    CONSTRAINT fk_stock_ledger_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_stock_ledger_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_stock_ledger_document FOREIGN KEY (document_id) REFERENCES stock_document (id)
);
CREATE INDEX ix_stock_ledger_store_item ON stock_ledger_entry (store_id, item_id);
CREATE INDEX ix_stock_ledger_document ON stock_ledger_entry (document_id);
