-- Outbounds checked by two people (出库复核, issue 22): where a BU or the planning office requires it,
-- a saved outbound is checked by a second person, not the one who entered it, before it is reviewed;
-- the checker is recorded on the document. A rule names a BU (none: every BU) and a category (none:
-- every outbound category).

ALTER TABLE stock_document ADD checked_by VARCHAR(50);
ALTER TABLE stock_document ADD checked_at TIMESTAMP;

CREATE TABLE outbound_check_rule (
    id               NUMERIC(19)  NOT NULL,
    business_unit_id NUMERIC(19),
    category         VARCHAR(30),
    set_by           VARCHAR(50)  NOT NULL,
    set_at           TIMESTAMP    NOT NULL,
    CONSTRAINT pk_outbound_check_rule PRIMARY KEY (id),
    CONSTRAINT fk_outbound_check_rule_bu FOREIGN KEY (business_unit_id) REFERENCES org_unit (id)
);
