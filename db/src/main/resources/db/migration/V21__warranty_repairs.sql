-- A tool under warranty repaired at the site by its maker (3篇 1.5): recorded against the tool's
-- serial, with no return shipment. Append-only: a wrong entry is corrected by a note on a new one.

CREATE TABLE warranty_repair (
    id           NUMERIC(19)   NOT NULL,
    item_id      NUMERIC(19)   NOT NULL,
    serial_no    VARCHAR(60)   NOT NULL,
    site_id      NUMERIC(19)   NOT NULL,
    repaired_on  DATE          NOT NULL,
    maker        VARCHAR(100)  NOT NULL,
    work_done    VARCHAR(500)  NOT NULL,
    recorded_by  VARCHAR(50)   NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_warranty_repair PRIMARY KEY (id),
    CONSTRAINT fk_warranty_repair_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_warranty_repair_site FOREIGN KEY (site_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_warranty_repair_unit ON warranty_repair (item_id, serial_no);
