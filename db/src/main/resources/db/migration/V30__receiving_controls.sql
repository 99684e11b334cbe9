-- Receiving controls (issue 22, 3篇 1.2): a delivered receipt names its delivery note or packing
-- list, or is booked provisionally on the shipper's confirmation until the papers are attached;
-- the day the goods arrived starts the clock of counting them within 5 working days; a discrepancy
-- report (short, over, damaged packaging or goods) with photos goes to the site chief and the BU
-- and is settled by the return or damage document that puts it right.

ALTER TABLE stock_document ADD delivery_note VARCHAR(60);
ALTER TABLE stock_document ADD shipper_confirmation VARCHAR(200);
ALTER TABLE stock_document ADD arrived_on DATE;

CREATE SEQUENCE discrepancy_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE discrepancy_report (
    id                 NUMERIC(19)    NOT NULL,
    version            INTEGER        NOT NULL,
    report_no          VARCHAR(30)    NOT NULL,
    receipt_id         NUMERIC(19)    NOT NULL,
    kind               VARCHAR(30)    NOT NULL,
    item_id            NUMERIC(19),
    quantity           NUMERIC(18, 4),
    description        VARCHAR(500)   NOT NULL,
    reported_by        VARCHAR(50)    NOT NULL,
    reported_at        TIMESTAMP      NOT NULL,
    settled_by_document_id NUMERIC(19),
    settled_by         VARCHAR(50),
    settled_at         TIMESTAMP,
    CONSTRAINT pk_discrepancy_report PRIMARY KEY (id),
    CONSTRAINT uq_discrepancy_report_no UNIQUE (report_no),
    CONSTRAINT fk_discrepancy_receipt FOREIGN KEY (receipt_id) REFERENCES stock_document (id),
    CONSTRAINT fk_discrepancy_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_discrepancy_settled_by FOREIGN KEY (settled_by_document_id) REFERENCES stock_document (id)
);

CREATE TABLE discrepancy_photo (
    id              NUMERIC(19)    NOT NULL,
    report_id       NUMERIC(19)    NOT NULL,
    photo_pos       INTEGER        NOT NULL,
    content_type    VARCHAR(20)    NOT NULL,
    size_bytes      INTEGER        NOT NULL,
    content         ${binary_type} NOT NULL,
    added_by        VARCHAR(50)    NOT NULL,
    added_at        TIMESTAMP      NOT NULL,
    CONSTRAINT pk_discrepancy_photo PRIMARY KEY (id),
    CONSTRAINT uq_discrepancy_photo_pos UNIQUE (report_id, photo_pos),
    CONSTRAINT fk_discrepancy_photo_report FOREIGN KEY (report_id) REFERENCES discrepancy_report (id)
);
