-- Going live from the old ERP (issue 21): every import of a workbook or CSV file is a run, checked
-- (a dry run stops there) and then written all or nothing, in the background. The run and its
-- problems are rows, so that any server of a cluster shows its progress and outcome.

CREATE TABLE import_run (
    id               NUMERIC(19)   NOT NULL,
    version          NUMERIC(10)   NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    file_sha256      VARCHAR(64)   NOT NULL,
    csv_sheet        VARCHAR(30),
    dry_run          BOOLEAN       NOT NULL,
    go_live_day      DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    started_by       VARCHAR(50)   NOT NULL,
    started_at       TIMESTAMP     NOT NULL,
    finished_at      TIMESTAMP,
    rows_total       INTEGER       NOT NULL,
    rows_done        INTEGER       NOT NULL,
    rows_created     INTEGER       NOT NULL,
    rows_changed     INTEGER       NOT NULL,
    rows_unchanged   INTEGER       NOT NULL,
    problem_count    INTEGER       NOT NULL,
    CONSTRAINT pk_import_run PRIMARY KEY (id)
);
CREATE INDEX ix_import_run_started ON import_run (started_at);

-- The file itself, so that a dry run's file is imported as it was checked (and an import can be traced).
CREATE TABLE import_file (
    run_id      NUMERIC(19)     NOT NULL,
    content     ${binary_type}  NOT NULL,
    CONSTRAINT pk_import_file PRIMARY KEY (run_id),
    CONSTRAINT fk_import_file_run FOREIGN KEY (run_id) REFERENCES import_run (id)
);

-- What is wrong with a row (the first thousand of a run): the message kept as key and arguments.
CREATE TABLE import_problem (
    id          NUMERIC(19)    NOT NULL,
    run_id      NUMERIC(19)    NOT NULL,
    problem_pos INTEGER        NOT NULL,
    sheet       VARCHAR(30),
    row_no      INTEGER,
    column_key  VARCHAR(40),
    message     VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_import_problem PRIMARY KEY (id),
    CONSTRAINT uq_import_problem_pos UNIQUE (run_id, problem_pos),
    CONSTRAINT fk_import_problem_run FOREIGN KEY (run_id) REFERENCES import_run (id)
);

-- The temporary passwords a users sheet was given, shown once to the administrator who imported it.
CREATE TABLE import_password (
    id          NUMERIC(19)   NOT NULL,
    run_id      NUMERIC(19)   NOT NULL,
    username    VARCHAR(50)   NOT NULL,
    temporary   VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_import_password PRIMARY KEY (id),
    CONSTRAINT fk_import_password_run FOREIGN KEY (run_id) REFERENCES import_run (id)
);
