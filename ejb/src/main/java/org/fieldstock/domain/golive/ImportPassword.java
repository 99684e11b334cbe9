package org.fieldstock.domain.golive;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/**
 * The temporary password an imported user was given when the sheet named none: kept until the
 * administrator who imported the sheet has read it once, as the user screen shows a new user's.
 */
@Entity
@Table(name = "import_password")
public class ImportPassword extends BaseEntity {

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "temporary", nullable = false, updatable = false)
    private String temporary;

    protected ImportPassword() {
    }

    public ImportPassword(long runId, String username, String temporary) {
        this.runId = runId;
        this.username = Objects.requireNonNull(username);
        this.temporary = Objects.requireNonNull(temporary);
    }

    public String getUsername() {
        return username;
    }

    public String getTemporary() {
        return temporary;
    }
}
