-- Shelves and bin cards (物料卡, 3篇 1.4.2, issue 22): where an item is kept in a store (zone or
-- rack, level, position), and the ABC class of each item; the printed bin card carries a QR code
-- that opens the item's on-hand and ledger at that store.

ALTER TABLE item ADD abc_class VARCHAR(1);

CREATE TABLE bin_location (
    id          NUMERIC(19)  NOT NULL,
    version     INTEGER      NOT NULL,
    store_id    NUMERIC(19)  NOT NULL,
    item_id     NUMERIC(19)  NOT NULL,
    zone        VARCHAR(20)  NOT NULL,
    shelf_level VARCHAR(10),
    position    VARCHAR(10),
    set_by      VARCHAR(50)  NOT NULL,
    set_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_bin_location PRIMARY KEY (id),
    CONSTRAINT uq_bin_location UNIQUE (store_id, item_id),
    CONSTRAINT fk_bin_location_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_bin_location_item FOREIGN KEY (item_id) REFERENCES item (id)
);
