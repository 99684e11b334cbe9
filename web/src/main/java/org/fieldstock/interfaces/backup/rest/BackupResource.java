package org.fieldstock.interfaces.backup.rest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.backup.BackupFile;
import org.fieldstock.application.backup.BackupService;

/** Backups of the embedded database (H2), for the administrator: PostgreSQL and Oracle have their own tools. */
@jakarta.ws.rs.Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Backups", description = "Online backups of the embedded database")
public class BackupResource {

    static final String ZIP = "application/zip";

    @Inject
    private BackupService backups;

    @Schema(name = "Backup")
    public record BackupJson(String name, long sizeBytes, Instant writtenAt) {

        static BackupJson of(BackupFile file) {
            return new BackupJson(file.name(), file.sizeBytes(), file.writtenAt());
        }
    }

    @POST
    @Operation(summary = "Back the embedded database up now, while everyone works (H2's BACKUP TO); 409 on a"
            + " database server, which is backed up with its own tools (README)")
    public Response backUp() {
        BackupJson made = BackupJson.of(backups.backUp());
        return Response.created(URI.create("backups/" + made.name())).entity(made).build();
    }

    @GET
    @Operation(summary = "The backups in the backup directory, newest first")
    public List<BackupJson> list() {
        return backups.backups().stream().map(BackupJson::of).toList();
    }

    @GET
    @jakarta.ws.rs.Path("{name}")
    @Produces(ZIP)
    @Operation(summary = "Download a backup (to keep it elsewhere)")
    public Response download(@PathParam("name") String name) {
        Path file = backups.file(name);
        return Response.ok(file.toFile(), ZIP).header("Content-Disposition",
                "attachment; filename=\"" + file.getFileName() + "\"").build();
    }
}
