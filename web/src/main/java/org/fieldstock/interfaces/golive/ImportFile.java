package org.fieldstock.interfaces.golive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fieldstock.application.golive.GoLiveImportService;
import org.fieldstock.application.golive.ImportRequest;
import org.fieldstock.domain.golive.ImportColumn;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportRun;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.golive.RowProblem;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * A go-live file read into rows: an xlsx workbook of the template's sheets (recognised by their names,
 * in either language), or a CSV file of one sheet. Columns are found by their headers: the template's,
 * the key alone ({@code name_zh}, as in the demo data's files), either language's name or the old
 * ERP's (U8) column name, in any order. What is wrong with the file itself (a sheet nobody knows, a
 * column missing) comes with the rows; each row's own problems are the service's to find.
 */
public record ImportFile(List<ImportRow> rows, List<RowProblem> problems, String sha256) {

    /** 100,000 opening lines fill a few megabytes; beyond this a file is refused before it is read. */
    public static final int MAX_BYTES = 30 * 1024 * 1024;

    /** The sheet of the template that explains the others; ignored when a workbook comes back. */
    static final String INSTRUCTIONS_KEY = "import.template.instructions";

    /**
     * Starts the real import of the file a dry run checked, as it was checked: the same bytes, sheet,
     * file name and go-live day (the screen's "Import this file" and {@code POST /api/imports/{id}/import}).
     */
    public static ImportRun importChecked(GoLiveImportService imports, long dryRunId) {
        ImportRun checked = imports.run(dryRunId);
        byte[] content = imports.checkedFile(dryRunId);
        return imports.start(read(content, checked.getCsvSheet()).request(checked.getFileName(), content,
                checked.getCsvSheet(), false, checked.getGoLiveDay()));
    }

    /** Reads a workbook (recognised by its zip signature) or, naming its sheet, a CSV file. */
    public static ImportFile read(byte[] bytes, ImportSheet csvSheet) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        boolean workbook = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (workbook) {
            return readWorkbook(bytes);
        }
        if (csvSheet == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "import.csv.sheetRequired");
        }
        return readCsv(bytes, csvSheet);
    }

    /** An uploaded file's bytes, refused when larger than {@link #MAX_BYTES}. */
    public static byte[] readLimited(InputStream file) {
        try {
            byte[] bytes = file.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request to import this file's rows. */
    public ImportRequest request(String fileName, byte[] content, ImportSheet csvSheet, boolean dryRun,
            LocalDate goLiveDay) {
        return new ImportRequest(fileName, content, sha256, csvSheet, rows, problems, dryRun, goLiveDay);
    }

    public static BusinessException tooLarge() {
        return new BusinessException(BusinessException.Kind.INVALID, "import.file.tooLarge", MAX_BYTES / 1024 / 1024);
    }

    private static ImportFile readWorkbook(byte[] bytes) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = WorkbookCells.formatter();
            boolean known = false;
            for (Sheet sheet : workbook) {
                Optional<ImportSheet> kind = sheetNamed(sheet.getSheetName());
                if (kind.isEmpty()) {
                    if (!isInstructions(sheet.getSheetName())) {
                        problems.add(RowProblem.ofFile(null, "import.sheet.unknown", sheet.getSheetName()));
                    }
                    continue;
                }
                known = true;
                readSheet(sheet, kind.get(), formatter, rows, problems);
            }
            if (!known) {
                problems.add(RowProblem.ofFile(null, "import.file.wrongTemplate"));
            }
        } catch (IOException | EncryptedDocumentException | IllegalArgumentException
                | org.apache.poi.util.RecordFormatException e) {
            // not a workbook (UnsupportedFileFormatException is an IllegalArgumentException), or a damaged one
            throw new BusinessException(BusinessException.Kind.INVALID, "import.file.unreadable");
        }
        return new ImportFile(rows, problems, sha256(bytes));
    }

    private static void readSheet(Sheet sheet, ImportSheet kind, DataFormatter formatter, List<ImportRow> rows,
            List<RowProblem> problems) {
        Map<Integer, String> columns = null;
        for (Row row : sheet) {
            if (columns == null) {
                // the header is the first row that names any of the sheet's columns
                Map<Integer, String> found = new HashMap<>();
                for (Cell cell : row) {
                    columnNamed(kind, cellText(formatter, cell)).ifPresent(key -> found.put(cell.getColumnIndex(), key));
                }
                if (!found.isEmpty()) {
                    columns = found;
                    if (!requireColumns(kind, found, problems)) {
                        return;
                    }
                }
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> column : columns.entrySet()) {
                String text = cellText(formatter, row.getCell(column.getKey()));
                if (text != null) {
                    cells.put(column.getValue(), text);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new ImportRow(kind, row.getRowNum() + 1, cells));
            }
        }
        if (columns == null) {
            problems.add(RowProblem.ofFile(kind, "import.sheet.noHeader"));
        }
    }

    private static boolean requireColumns(ImportSheet kind, Map<Integer, String> found, List<RowProblem> problems) {
        List<String> missing = kind.columns().stream().filter(ImportColumn::required).map(ImportColumn::key)
                .filter(key -> !found.containsValue(key)).toList();
        if (!missing.isEmpty()) {
            problems.add(RowProblem.ofFile(kind, "import.sheet.columnsMissing", String.join(", ", missing)));
            return false;
        }
        return true;
    }

    /** A cell as text: a number in full (no grouping, no exponent), a date as yyyy-MM-dd, Y/N for a checkbox. */
    private static String cellText(DataFormatter formatter, Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Y" : "N";
            default -> formatter.formatCellValue(cell);
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<String> decoded(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static ImportFile readCsv(byte[] bytes, ImportSheet sheet) {
        // UTF-8 (Excel's "CSV UTF-8"), else GBK as U8 and older Excel write it (read as GB18030, its
        // superset); a file mis-read so would not match the template's headers and is refused there
        String text = decoded(bytes, StandardCharsets.UTF_8)
                .or(() -> decoded(bytes, Charset.forName("GB18030")))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "import.csv.encoding"));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<ImportRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Integer, String> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    Map<Integer, String> found = new HashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        int index = i;
                        columnNamed(sheet, record.get(i)).ifPresent(key -> found.put(index, key));
                    }
                    columns = found;
                    if (!requireColumns(sheet, columns, problems)) {
                        break;
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (Map.Entry<Integer, String> column : columns.entrySet()) {
                    if (column.getKey() < record.size() && !record.get(column.getKey()).isBlank()) {
                        cells.put(column.getValue(), record.get(column.getKey()).strip());
                    }
                }
                if (!cells.isEmpty()) {
                    // the header is row 1, as a spreadsheet shows the file
                    rows.add(new ImportRow(sheet, (int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "import.csv.unreadable",
                    String.valueOf(e.getMessage()));
        }
        return new ImportFile(rows, problems, sha256(bytes));
    }

    /** The sheet a workbook tab's name means: its file name, its name in either language or both. */
    static Optional<ImportSheet> sheetNamed(String name) {
        String wanted = normalised(name);
        for (ImportSheet sheet : ImportSheet.values()) {
            String key = "import.sheet." + sheet.fileName();
            if (wanted.equals(sheet.fileName()) || names(key).contains(wanted)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    private static boolean isInstructions(String name) {
        return names(INSTRUCTIONS_KEY).contains(normalised(name));
    }

    /** The column a header means: the template's ("名称 Name [name_zh]"), the key, either language's name or U8's. */
    static Optional<String> columnNamed(ImportSheet sheet, String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalised(header);
        for (ImportColumn column : sheet.columns()) {
            if (wanted.endsWith("[" + column.key() + "]") || wanted.equals(column.key())
                    || column.u8Name() != null && wanted.equals(normalised(column.u8Name()))
                    || names("import.column." + column.key()).contains(wanted)) {
                return Optional.of(column.key());
            }
        }
        return Optional.empty();
    }

    private static List<String> names(String key) {
        String zh = normalised(MessageBundle.text(Locale.SIMPLIFIED_CHINESE, key));
        String en = normalised(MessageBundle.text(Locale.ENGLISH, key));
        return List.of(zh, en, zh + " " + en);
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
