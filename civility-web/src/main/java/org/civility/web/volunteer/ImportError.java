package org.civility.web.volunteer;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/**
 * Codes of the volunteer import (Excel). File-level codes answer the upload and store nothing; row-level codes
 * ({@link #VALUE_UNKNOWN}, {@link #DATE_INVALID}, {@link #GUARDIAN_INCOMPLETE}) are listed in the import's report
 * next to core's registration codes. Texts: {@code org.civility.web.volunteer.messages}.
 */
public enum ImportError implements ErrorCode {
    /** The upload is no Excel workbook (.xlsx). Args: none. */
    NOT_XLSX("IMPORT-NOT-XLSX", ErrorKind.INVALID),
    /** The upload is larger than allowed. Args: maxMegabytes. */
    FILE_TOO_LARGE("IMPORT-FILE-TOO-LARGE", ErrorKind.INVALID),
    /** The first sheet's first row lacks required column headers. Args: missing (comma-separated). */
    COLUMNS_MISSING("IMPORT-COLUMNS-MISSING", ErrorKind.RULE),
    /** The first sheet has headers but no data row. Args: none. */
    NO_ROWS("IMPORT-NO-ROWS", ErrorKind.RULE),
    /**
     * The file inflates past what a workbook of {@code MAX_ROWS} rows needs, or packs its content far more tightly
     * than a workbook does: a zip bomb, refused unread. Args: maxMegabytes.
     */
    INFLATED("IMPORT-FILE-INFLATED", ErrorKind.INVALID),
    /** More data rows than one import takes. Args: rows, max. */
    TOO_MANY_ROWS("IMPORT-TOO-MANY-ROWS", ErrorKind.RULE),
    /** Too many imports are running at once; try again shortly. Args: max. */
    BUSY("IMPORT-BUSY", ErrorKind.CONFLICT),
    /** A cell holds a value that is not one of the allowed ones. Args: column, value, allowed. */
    VALUE_UNKNOWN("IMPORT-VALUE-UNKNOWN", ErrorKind.INVALID),
    /** A date cell holds no date. Args: column, value. */
    DATE_INVALID("IMPORT-DATE-INVALID", ErrorKind.INVALID),
    /** Some guardian columns are filled and others not. Args: missing (comma-separated). */
    GUARDIAN_INCOMPLETE("IMPORT-GUARDIAN-INCOMPLETE", ErrorKind.INVALID),
    /** The import is unknown or expired. Args: id. */
    JOB_UNKNOWN("IMPORT-JOB-UNKNOWN", ErrorKind.NOT_FOUND);

    private final String code;
    private final ErrorKind kind;

    ImportError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
