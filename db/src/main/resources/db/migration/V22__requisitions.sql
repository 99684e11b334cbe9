-- Requisitions (内部联络单, 3篇 1.1, 4篇 1.3): a site asks for tools, consumables and spares; its
-- chief signs; the BU planner checks within a day; the BU supervisor and manager sign; production
-- management ships from the central store, or purchasing buys; the site's receipt closes the lines.

CREATE SEQUENCE requisition_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE requisition (
    id             NUMERIC(19)   NOT NULL,
    version        NUMERIC(10)   NOT NULL,
    req_number     VARCHAR(30)   NOT NULL,
    site_id        NUMERIC(19)   NOT NULL,
    status         VARCHAR(30)   NOT NULL,
    remark         VARCHAR(500),
    created_by     VARCHAR(50)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    -- when the site chief signed it: it reached the BU, and the planner's clock started
    filed_at       TIMESTAMP,
    check_due_at   TIMESTAMP,
    checked_at     TIMESTAMP,
    approved_at    TIMESTAMP,
    closed_at      TIMESTAMP,
    -- since when it waits at the step it is at
    step_since     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_requisition PRIMARY KEY (id),
    CONSTRAINT uq_requisition_number UNIQUE (req_number),
    CONSTRAINT fk_requisition_site FOREIGN KEY (site_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_requisition_site_status ON requisition (site_id, status);

CREATE TABLE requisition_line (
    id               NUMERIC(19)    NOT NULL,
    requisition_id   NUMERIC(19)    NOT NULL,
    line_no          NUMERIC(5)     NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    item_id          NUMERIC(19),
    item_request_id  NUMERIC(19),
    name             VARCHAR(200)   NOT NULL,
    spec             VARCHAR(300),
    unit             VARCHAR(20)    NOT NULL,
    quantity         NUMERIC(18,4)  NOT NULL,
    urgency          VARCHAR(20)    NOT NULL,
    reason           VARCHAR(300)   NOT NULL,
    CONSTRAINT pk_requisition_line PRIMARY KEY (id),
    CONSTRAINT fk_requisition_line_requisition FOREIGN KEY (requisition_id) REFERENCES requisition (id),
    CONSTRAINT fk_requisition_line_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_requisition_line_item_request FOREIGN KEY (item_request_id) REFERENCES item_request (id),
    CONSTRAINT ck_requisition_line_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_requisition_line_requisition ON requisition_line (requisition_id);

-- every step, append-only: who, when, to which status, and the reason of a refusal or a sending back
CREATE TABLE requisition_event (
    id              NUMERIC(19)   NOT NULL,
    requisition_id  NUMERIC(19)   NOT NULL,
    step            VARCHAR(30)   NOT NULL,
    status_after    VARCHAR(30)   NOT NULL,
    done_by         VARCHAR(50)   NOT NULL,
    done_at         TIMESTAMP     NOT NULL,
    reason          VARCHAR(500),
    CONSTRAINT pk_requisition_event PRIMARY KEY (id),
    CONSTRAINT fk_requisition_event_requisition FOREIGN KEY (requisition_id) REFERENCES requisition (id)
);
CREATE INDEX ix_requisition_event_requisition ON requisition_event (requisition_id);

-- what fulfils an approved requisition: a transfer slip from the central store, or a receipt; the
-- site's reviewed inbound documents naming it are what arrived
ALTER TABLE transfer_slip ADD requisition_id NUMERIC(19);
ALTER TABLE transfer_slip ADD CONSTRAINT fk_transfer_slip_requisition
    FOREIGN KEY (requisition_id) REFERENCES requisition (id);
ALTER TABLE stock_document ADD requisition_id NUMERIC(19);
ALTER TABLE stock_document ADD CONSTRAINT fk_stock_document_requisition
    FOREIGN KEY (requisition_id) REFERENCES requisition (id);
CREATE INDEX ix_stock_document_requisition ON stock_document (requisition_id);
