-- Photos on a requisition (issue 20): what a failed part or a worn tool looks like, added by the
-- site while the requisition is its draft (changes after signing only by sending back).

CREATE TABLE requisition_photo (
    id              NUMERIC(19)   NOT NULL,
    requisition_id  NUMERIC(19)   NOT NULL,
    photo_pos       INTEGER       NOT NULL,
    content_type    VARCHAR(20)   NOT NULL,
    size_bytes      INTEGER       NOT NULL,
    content         ${binary_type} NOT NULL,
    added_by        VARCHAR(50)   NOT NULL,
    added_at        TIMESTAMP     NOT NULL,
    CONSTRAINT pk_requisition_photo PRIMARY KEY (id),
    CONSTRAINT uq_requisition_photo_pos UNIQUE (requisition_id, photo_pos),
    CONSTRAINT fk_requisition_photo_requisition FOREIGN KEY (requisition_id) REFERENCES requisition (id)
);
