-- The repair-parts price list (配件价格表, seed 001, issue 23): each item's standard price with the day
-- it takes effect. Append-only: a new price is a new row; the price in force on a day is the row with
-- the latest effective day not after it (of two on the same day, the later entered). Before an item's
-- first listed price, the price it had in the catalogue is kept as a row "since ever" (effective
-- 2000-01-01), so that the past months keep their values.

CREATE TABLE item_price (
    id             NUMERIC(19)    NOT NULL,
    version        INTEGER        NOT NULL,
    item_id        NUMERIC(19)    NOT NULL,
    unit_price     NUMERIC(14, 2) NOT NULL,
    effective_from DATE           NOT NULL,
    note           VARCHAR(200),
    set_by         VARCHAR(50)    NOT NULL,
    set_at         TIMESTAMP      NOT NULL,
    CONSTRAINT pk_item_price PRIMARY KEY (id),
    CONSTRAINT fk_item_price_item FOREIGN KEY (item_id) REFERENCES item (id)
);

CREATE INDEX ix_item_price_item_day ON item_price (item_id, effective_from);
