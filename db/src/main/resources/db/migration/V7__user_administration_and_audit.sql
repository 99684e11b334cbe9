-- User administration: a password reset by the administrator must be changed at the next
-- login; repeated failed logins lock the account for a while (on every server, since the
-- count is kept here), and the administrator sees and can lift the lock.
ALTER TABLE app_user ADD must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD last_failed_login_at TIMESTAMP;
ALTER TABLE app_user ADD locked_until TIMESTAMP;
ALTER TABLE app_user ADD password_changed_at TIMESTAMP;
ALTER TABLE app_user ADD version NUMERIC(10) DEFAULT 0 NOT NULL;

-- Who did what and when: reviews, unreviews, modifications, deletions, failed logins,
-- user administration and master-data changes. Rows are only ever inserted.
CREATE TABLE audit_event (
    id             NUMERIC(19)    NOT NULL,
    occurred_at    TIMESTAMP      NOT NULL,
    actor          VARCHAR(50)    NOT NULL,
    action         VARCHAR(40)    NOT NULL,
    subject_type   VARCHAR(20)    NOT NULL,
    subject_ref    VARCHAR(60),
    org_unit_code  VARCHAR(20),
    detail         VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_ref, occurred_at);
