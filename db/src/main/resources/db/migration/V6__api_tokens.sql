-- Personal API tokens: scripts and integrations send one as a Bearer token instead
-- of paying the password hash on every request. Only a SHA-256 hash of the token is
-- kept (the token is random, so a slow hash adds nothing); the token itself is shown
-- once, when it is made.
CREATE TABLE api_token (
    id            NUMERIC(19)   NOT NULL,
    user_id       NUMERIC(19)   NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    revoked_by    VARCHAR(50),
    version       NUMERIC(10)   NOT NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);
