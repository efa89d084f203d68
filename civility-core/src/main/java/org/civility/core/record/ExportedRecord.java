package org.civility.core.record;

import static java.util.Objects.requireNonNull;

/**
 * One line of a {@link ServiceRecordExport}: an effective entry with the names a reader needs.
 *
 * @param entry         the entry (never corrected by another one)
 * @param unitName      the recording unit's name
 * @param volunteerName the volunteer's real name; empty if the volunteer record is unknown
 * @param status        where the entry stands
 */
public record ExportedRecord(ServiceRecord entry, String unitName, String volunteerName, RecordStatus status) {

    public ExportedRecord {
        requireNonNull(entry, "entry");
        requireNonNull(unitName, "unitName");
        requireNonNull(volunteerName, "volunteerName");
        requireNonNull(status, "status");
    }
}
