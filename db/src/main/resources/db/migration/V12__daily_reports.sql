-- The site's daily report (现场出入库流水账 as the keeper sends it each evening):
-- one per site and day, its lines as written (item code and name as the keeper
-- wrote them, the balance the site's own ledger shows after the line), the
-- matched item, and the draft document each line became once the BU took it in.
-- A line's quantity is signed: in (入) positive, out (出) negative.
CREATE TABLE daily_report (
    id              NUMERIC(19)   NOT NULL,
    site_id         NUMERIC(19)   NOT NULL,
    report_date     DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    submitted_by    VARCHAR(50)   NOT NULL,
    submitted_at    TIMESTAMP     NOT NULL,
    late_reason     VARCHAR(500),
    changed_by      VARCHAR(50),
    changed_at      TIMESTAMP,
    drafted_by      VARCHAR(50),
    drafted_at      TIMESTAMP,
    version         NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_daily_report PRIMARY KEY (id),
    CONSTRAINT uq_daily_report_site_date UNIQUE (site_id, report_date),
    CONSTRAINT fk_daily_report_site FOREIGN KEY (site_id) REFERENCES org_unit (id)
);

CREATE TABLE daily_report_line (
    id              NUMERIC(19)   NOT NULL,
    report_id       NUMERIC(19)   NOT NULL,
    line_no         NUMERIC(10)   NOT NULL,
    store_id        NUMERIC(19)   NOT NULL,
    category        VARCHAR(30),
    item_code       VARCHAR(40)   NOT NULL,
    item_id         NUMERIC(19),
    item_name       VARCHAR(200),
    quantity        NUMERIC(18,4) NOT NULL,
    balance         NUMERIC(18,4),
    supplier_code   VARCHAR(40),
    turbine_no      VARCHAR(40),
    batch_no        VARCHAR(40),
    serials         VARCHAR(4000),
    remark          VARCHAR(500),
    document_number VARCHAR(30),
    CONSTRAINT pk_daily_report_line PRIMARY KEY (id),
    CONSTRAINT fk_daily_report_line_report FOREIGN KEY (report_id) REFERENCES daily_report (id),
    CONSTRAINT fk_daily_report_line_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_daily_report_line_item FOREIGN KEY (item_id) REFERENCES item (id)
);

CREATE INDEX ix_daily_report_date ON daily_report (report_date);
CREATE INDEX ix_daily_report_line_report ON daily_report_line (report_id);
CREATE INDEX ix_daily_report_line_item ON daily_report_line (item_id);
