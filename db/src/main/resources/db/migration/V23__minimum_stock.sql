-- Minimum stock (最低库存量, seed 000) per item and store, and optionally how much to ask for at once:
-- a store below it raises an alert, and its shortfalls become a requisition in one step.

CREATE TABLE minimum_stock (
    id           NUMERIC(19)    NOT NULL,
    version      NUMERIC(10)    NOT NULL,
    store_id     NUMERIC(19)    NOT NULL,
    item_id      NUMERIC(19)    NOT NULL,
    minimum_qty  NUMERIC(18,4)  NOT NULL,
    reorder_qty  NUMERIC(18,4),
    set_by       VARCHAR(50)    NOT NULL,
    set_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_minimum_stock PRIMARY KEY (id),
    CONSTRAINT uq_minimum_stock UNIQUE (store_id, item_id),
    CONSTRAINT fk_minimum_stock_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_minimum_stock_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_minimum_stock_minimum CHECK (minimum_qty >= 0),
    CONSTRAINT ck_minimum_stock_reorder CHECK (reorder_qty IS NULL OR reorder_qty > 0)
);
