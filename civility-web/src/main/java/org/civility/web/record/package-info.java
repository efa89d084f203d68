/**
 * The service record API: {@code /api/v1/check-in-codes} (open a code, read it, its QR code as PNG),
 * {@code /api/v1/service-records} (check in and out with a code, administrator make-up and corrections, one entry),
 * {@code /api/v1/volunteers/{id}/service-records} (a volunteer's entries with minutes by source) and
 * {@code /api/v1/units/{id}/service-records} (entries to review, chain verification, and {@code export}: the
 * subtree's entries over a period as .xlsx, written by {@link org.civility.web.record.ServiceRecordWorkbook}). Who
 * may do what is decided by core's {@code ServiceRecordService}, {@code ServiceRecordExport} and
 * {@code CheckInCodeService}. Also produces the repository ports.
 */
package org.civility.web.record;
