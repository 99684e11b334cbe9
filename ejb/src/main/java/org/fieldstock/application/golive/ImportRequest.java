package org.fieldstock.application.golive;

import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.golive.RowProblem;

/**
 * A file to import as the interfaces read it: its name and bytes (kept with the run), the sheet a CSV
 * file holds, its rows and what is wrong with the file itself; a dry run or not; the go-live day (the
 * opening balances' date; none: today).
 */
public record ImportRequest(String fileName, byte[] content, String sha256, ImportSheet csvSheet,
        List<ImportRow> rows, List<RowProblem> fileProblems, boolean dryRun, LocalDate goLiveDay) {

    public ImportRequest {
        fileName = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }
}
