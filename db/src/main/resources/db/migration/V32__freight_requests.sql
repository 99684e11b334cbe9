-- Freight requests (3篇 3.2, issue 22): a hired vehicle within the reference price +10 % needs no
-- request, above it a request per shipment to the BU; air freight always the BU manager's approval;
-- express up to 200 yuan the site decides, above it a written request. A request names the transfer
-- slip or the return document it carries; the thresholds are settings.

CREATE SEQUENCE freight_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE freight_request (
    id              NUMERIC(19)    NOT NULL,
    version         INTEGER        NOT NULL,
    request_no      VARCHAR(30)    NOT NULL,
    store_id        NUMERIC(19)    NOT NULL,
    freight_mode    VARCHAR(20)    NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL,
    reference_price NUMERIC(18, 2),
    ship_date       DATE           NOT NULL,
    carrier         VARCHAR(200)   NOT NULL,
    transfer_slip_id NUMERIC(19),
    document_id     NUMERIC(19),
    needs           VARCHAR(30)    NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    requested_by    VARCHAR(50)    NOT NULL,
    requested_at    TIMESTAMP      NOT NULL,
    decided_by      VARCHAR(50),
    decided_at      TIMESTAMP,
    decision_note   VARCHAR(500),
    CONSTRAINT pk_freight_request PRIMARY KEY (id),
    CONSTRAINT uq_freight_request_no UNIQUE (request_no),
    CONSTRAINT fk_freight_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_freight_slip FOREIGN KEY (transfer_slip_id) REFERENCES transfer_slip (id),
    CONSTRAINT fk_freight_document FOREIGN KEY (document_id) REFERENCES stock_document (id)
);

CREATE INDEX ix_freight_request_ship ON freight_request (store_id, ship_date);
