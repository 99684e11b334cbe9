-- Stocktakes (盘点): a campaign counts a set of stores, one count sheet per
-- store. Opening the campaign freezes the book quantity of every item the store
-- has a balance row for (items in stock, and items with ledger history but none
-- left) into the sheet's lines. Approving a sheet posts its gains and losses as
-- stocktake documents through the normal posting path.

CREATE SEQUENCE stocktake_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE stocktake_campaign (
    id               NUMERIC(19)   NOT NULL,
    campaign_number  VARCHAR(30)   NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    scope_unit_id    NUMERIC(19)   NOT NULL,
    period_label     VARCHAR(20)   NOT NULL,
    deadline         DATE          NOT NULL,
    blind            BOOLEAN       NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    stores_total     INTEGER       NOT NULL,
    stores_frozen    INTEGER       NOT NULL,
    failure          VARCHAR(500),
    remark           VARCHAR(500),
    created_by       VARCHAR(50)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    opened_at        TIMESTAMP,
    closed_by        VARCHAR(50),
    closed_at        TIMESTAMP,
    version          NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_stocktake_campaign PRIMARY KEY (id),
    CONSTRAINT uq_stocktake_campaign_number UNIQUE (campaign_number),
    CONSTRAINT fk_stocktake_campaign_scope FOREIGN KEY (scope_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE count_sheet (
    id                  NUMERIC(19)   NOT NULL,
    campaign_id         NUMERIC(19)   NOT NULL,
    store_id            NUMERIC(19)   NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    frozen_at           TIMESTAMP,
    last_counted_at     TIMESTAMP,
    counted_by          VARCHAR(100),
    witnessed_by        VARCHAR(100),
    submitted_by        VARCHAR(50),
    submitted_at        TIMESTAMP,
    decided_by          VARCHAR(50),
    decided_at          TIMESTAMP,
    decision_comment    VARCHAR(500),
    gain_document_id    NUMERIC(19),
    loss_document_id    NUMERIC(19),
    version             NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_count_sheet PRIMARY KEY (id),
    CONSTRAINT uq_count_sheet_store UNIQUE (campaign_id, store_id),
    CONSTRAINT fk_count_sheet_campaign FOREIGN KEY (campaign_id) REFERENCES stocktake_campaign (id),
    CONSTRAINT fk_count_sheet_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_count_sheet_gain FOREIGN KEY (gain_document_id) REFERENCES stock_document (id),
    CONSTRAINT fk_count_sheet_loss FOREIGN KEY (loss_document_id) REFERENCES stock_document (id)
);
CREATE INDEX ix_count_sheet_store_status ON count_sheet (store_id, status);

-- Keyed by (sheet, item), so that opening inserts the lines of a sheet with one
-- INSERT ... SELECT and no sequence. expected_qty is the book quantity at the
-- moment of counting (frozen quantity plus what moved since the freeze);
-- first_counted_qty the count made while a blind count still hid the books.
CREATE TABLE count_line (
    sheet_id       NUMERIC(19)   NOT NULL,
    item_id        NUMERIC(19)   NOT NULL,
    book_qty       NUMERIC(18,4) NOT NULL,
    counted_qty    NUMERIC(18,4),
    first_counted_qty NUMERIC(18,4),
    expected_qty   NUMERIC(18,4),
    counted_at     TIMESTAMP,
    counted_by     VARCHAR(50),
    reason         VARCHAR(300),
    batch_no       VARCHAR(40),
    expiry_date    DATE,
    serials        VARCHAR(2000),
    CONSTRAINT pk_count_line PRIMARY KEY (sheet_id, item_id),
    CONSTRAINT fk_count_line_sheet FOREIGN KEY (sheet_id) REFERENCES count_sheet (id),
    CONSTRAINT fk_count_line_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_count_line_counted CHECK (counted_qty IS NULL OR counted_qty >= 0)
);

-- The books of a store at a moment: its balances less what was posted after it.
-- The new index serves everything the old one (store_id, item_id) did.
CREATE INDEX ix_stock_ledger_store_item_time ON stock_ledger_entry (store_id, item_id, posted_at);
DROP INDEX ix_stock_ledger_store_item;
