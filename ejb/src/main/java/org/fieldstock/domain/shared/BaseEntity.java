package org.fieldstock.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Surrogate key from one shared sequence. Sequences (not identity columns) work the
 * same on H2, PostgreSQL and Oracle.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @SequenceGenerator(name = "fs_id", sequenceName = "fs_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_id")
    @Column(name = "id")
    private Long id;

    public Long getId() {
        return id;
    }
}
