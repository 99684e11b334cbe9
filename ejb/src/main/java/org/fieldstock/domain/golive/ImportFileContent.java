package org.fieldstock.domain.golive;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of the file a run read: a dry run's file is imported as it was checked. */
@Entity
@Table(name = "import_file")
public class ImportFileContent {

    @Id
    @Column(name = "run_id")
    private Long runId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected ImportFileContent() {
    }

    public ImportFileContent(long runId, byte[] content) {
        this.runId = runId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
