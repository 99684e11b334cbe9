-- Every transition and modification of a stock document: who, when, what changed. Append-only.
CREATE TABLE document_event (
    id           NUMERIC(19)    NOT NULL,
    document_id  NUMERIC(19)    NOT NULL,
    event_type   VARCHAR(12)    NOT NULL,
    actor        VARCHAR(50)    NOT NULL,
    occurred_at  TIMESTAMP      NOT NULL,
    changes      VARCHAR(4000),
    CONSTRAINT pk_document_event PRIMARY KEY (id),
    CONSTRAINT fk_document_event_document FOREIGN KEY (document_id) REFERENCES stock_document (id)
);
CREATE INDEX ix_document_event_document ON document_event (document_id);
