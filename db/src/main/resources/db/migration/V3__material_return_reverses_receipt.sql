-- A red-ink material return names the receipt it reverses.
ALTER TABLE stock_document ADD reverses_document_id NUMERIC(19);
ALTER TABLE stock_document ADD CONSTRAINT fk_stock_document_reverses
    FOREIGN KEY (reverses_document_id) REFERENCES stock_document (id);
CREATE INDEX ix_stock_document_reverses ON stock_document (reverses_document_id);
