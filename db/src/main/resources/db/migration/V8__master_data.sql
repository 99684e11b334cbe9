-- Master-data maintenance: optimistic locking for the records the planning office edits, and
-- requests from sites and BUs for a new item code, with their photos.
-- ${binary_type} is the one type that differs: BYTEA on PostgreSQL, BLOB on H2 and Oracle
-- (see org.fieldstock.db.MigrationPlaceholders).

ALTER TABLE org_unit ADD version NUMERIC(10) DEFAULT 0 NOT NULL;
ALTER TABLE store ADD version NUMERIC(10) DEFAULT 0 NOT NULL;
-- An inactive store takes no new documents and moves no stock; only an empty store is deactivated.
ALTER TABLE store ADD active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE item ADD version NUMERIC(10) DEFAULT 0 NOT NULL;
ALTER TABLE supplier ADD version NUMERIC(10) DEFAULT 0 NOT NULL;
ALTER TABLE turbine ADD version NUMERIC(10) DEFAULT 0 NOT NULL;

-- A site (or a BU) asks the planning office for an item code: OPEN until the planning office
-- creates the item (CREATED, item_id set) or rejects it with a reason (REJECTED).
CREATE TABLE item_request (
    id                NUMERIC(19)   NOT NULL,
    org_unit_id       NUMERIC(19)   NOT NULL,
    name              VARCHAR(150)  NOT NULL,
    spec              VARCHAR(200),
    unit              VARCHAR(10)   NOT NULL,
    reason            VARCHAR(500),
    status            VARCHAR(10)   NOT NULL,
    requested_by      VARCHAR(50)   NOT NULL,
    requested_at      TIMESTAMP     NOT NULL,
    decided_by        VARCHAR(50),
    decided_at        TIMESTAMP,
    item_id           NUMERIC(19),
    rejection_reason  VARCHAR(500),
    version           NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_item_request PRIMARY KEY (id),
    CONSTRAINT fk_item_request_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_item_request_item FOREIGN KEY (item_id) REFERENCES item (id)
);
CREATE INDEX ix_item_request_status ON item_request (status, requested_at);
CREATE INDEX ix_item_request_org_unit ON item_request (org_unit_id, requested_at);

CREATE TABLE item_request_photo (
    id            NUMERIC(19)   NOT NULL,
    request_id    NUMERIC(19)   NOT NULL,
    photo_pos     INTEGER       NOT NULL,
    content_type  VARCHAR(20)   NOT NULL,
    size_bytes    INTEGER       NOT NULL,
    content       ${binary_type} NOT NULL,
    CONSTRAINT pk_item_request_photo PRIMARY KEY (id),
    CONSTRAINT uq_item_request_photo_pos UNIQUE (request_id, photo_pos),
    CONSTRAINT fk_item_request_photo_request FOREIGN KEY (request_id) REFERENCES item_request (id)
);
