-- Month-end close per BU: once a BU's month is closed, no document of the BU's
-- stores dated in it is entered, changed, reviewed, unreviewed or deleted,
-- until the planning office reopens the month (with a reason, audited).
CREATE TABLE closed_month (
    id              NUMERIC(19)   NOT NULL,
    bu_id           NUMERIC(19)   NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    closed          BOOLEAN       NOT NULL,
    closed_by       VARCHAR(50)   NOT NULL,
    closed_at       TIMESTAMP     NOT NULL,
    reopened_by     VARCHAR(50),
    reopened_at     TIMESTAMP,
    reopen_reason   VARCHAR(500),
    version         NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_closed_month PRIMARY KEY (id),
    CONSTRAINT uq_closed_month_bu_period UNIQUE (bu_id, period),
    CONSTRAINT fk_closed_month_bu FOREIGN KEY (bu_id) REFERENCES org_unit (id)
);
