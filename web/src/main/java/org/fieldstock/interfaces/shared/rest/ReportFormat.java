package org.fieldstock.interfaces.shared.rest;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * What a report answers in: JSON, an xlsx workbook or a PDF, named by {@code format=} (which wins)
 * or by the {@code Accept} header; JSON when neither asks for a file.
 */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON),
    XLSX(WorkbookCells.CONTENT_TYPE),
    PDF("application/pdf");

    public static final String PRODUCES_JSON = MediaType.APPLICATION_JSON;
    public static final String PRODUCES_XLSX = WorkbookCells.CONTENT_TYPE;
    public static final String PRODUCES_PDF = "application/pdf";

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat of(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessException(BusinessException.Kind.INVALID, "request.format.invalid", format.strip());
            }
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (ReportFormat candidate : values()) {
                if (!accepted.isWildcardType() && accepted.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}
