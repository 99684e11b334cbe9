package org.fieldstock.interfaces.backup.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.backup.BackupFile;
import org.fieldstock.application.backup.BackupService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The administrator's backups: one made now while everyone works, the list, each to download. */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    @Inject
    private BackupService backups;

    @Inject
    private FacesFeedback feedback;

    private List<BackupFile> files = List.of();

    public void load() {
        files = feedback.answer(backups::backups).orElse(List.of());
    }

    public void backUp() {
        feedback.answer(backups::backUp).ifPresent(made -> {
            feedback.info("backup.made", made.name(), made.sizeBytes() / 1024);
            load();
        });
    }

    public StreamedContent download(String name) {
        Path file = feedback.answer(() -> backups.file(name)).orElse(null);
        if (file == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name(name).contentType("application/zip").stream(() -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }

    public List<BackupFile> getFiles() {
        return files;
    }
}
