-- Tool loans (临时领用表 / 工具借用登记单, issue 22): a site lends a tool from its good store to a
-- person or a work team until a due date; the tool stays on hand, shown as lent, until it is taken
-- back fine, or damaged (then a storage-damage document moves it to the damaged store).

CREATE SEQUENCE tool_loan_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE tool_loan (
    id               NUMERIC(19)    NOT NULL,
    version          INTEGER        NOT NULL,
    loan_no          VARCHAR(30)    NOT NULL,
    store_id         NUMERIC(19)    NOT NULL,
    item_id          NUMERIC(19)    NOT NULL,
    serial_no        VARCHAR(60),
    quantity         NUMERIC(18, 4) NOT NULL,
    borrower         VARCHAR(100)   NOT NULL,
    purpose          VARCHAR(500),
    lent_on          DATE           NOT NULL,
    due_on           DATE           NOT NULL,
    lent_by          VARCHAR(50)    NOT NULL,
    lent_at          TIMESTAMP      NOT NULL,
    returned_on      DATE,
    returned_by      VARCHAR(50),
    returned_at      TIMESTAMP,
    return_condition VARCHAR(20),
    return_note      VARCHAR(500),
    damage_document_id NUMERIC(19),
    CONSTRAINT pk_tool_loan PRIMARY KEY (id),
    CONSTRAINT uq_tool_loan_no UNIQUE (loan_no),
    CONSTRAINT fk_tool_loan_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_tool_loan_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_tool_loan_damage FOREIGN KEY (damage_document_id) REFERENCES stock_document (id)
);

CREATE INDEX ix_tool_loan_open ON tool_loan (store_id, returned_on, due_on);
