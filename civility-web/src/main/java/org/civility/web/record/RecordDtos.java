package org.civility.web.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.record.CheckInCode;
import org.civility.core.record.CodeCheckIn;
import org.civility.core.record.ChainBreak;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.RecordFlag;
import org.civility.core.record.RecordSource;
import org.civility.core.record.RecordTotals;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.organisation.UnitId;
import org.civility.web.support.ApiTime;
import org.civility.web.support.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What the service record API reads and writes. */
public final class RecordDtos {

    private RecordDtos() {
    }

    @Schema(name = "OpenCheckInCode", description = "A check-in code to open for an activity (MANAGE_ACTIVITIES at the unit)")
    public record OpenCheckInCodeDto(
            @Schema(description = "Id of the unit (station) whose chain the records join") @NotBlank String unitId,
            @Schema(description = "Id of the activity, if the code is for a planned one") String activityId,
            @Schema(description = "What is done", examples = "为老人理发") @NotBlank
            @Size(max = CheckInCode.MAX_DESCRIPTION_LENGTH) String description,
            @Schema(description = "Where", examples = "圆东村新时代文明实践站") @Size(max = CheckInCode.MAX_WHERE_LENGTH)
            String where,
            @NotNull OffsetDateTime scheduledStart,
            @Schema(description = "After the start, at most 24 hours later, not yet past") @NotNull
            OffsetDateTime scheduledEnd) {
    }

    @Schema(name = "CodeCheckIn", description = "A volunteer who checked in with the code")
    public record CodeCheckInDto(String volunteerId, String serviceRecordId, OffsetDateTime at) {

        static CodeCheckInDto of(CodeCheckIn c, ZoneId zone) {
            return new CodeCheckInDto(c.volunteer().toString(), c.session().toString(), ApiTime.of(c.at(), zone));
        }
    }

    @Schema(name = "CheckInCode", description = "A check-in code (签到码): six digits to type and a link token for the "
            + "QR code, valid from checkInFrom to the scheduled end for check-ins and until checkOutUntil for "
            + "check-outs")
    public record CheckInCodeDto(String id, String unitId, String activityId, String description, String where,
                                 OffsetDateTime scheduledStart, OffsetDateTime scheduledEnd,
                                 OffsetDateTime checkInFrom, OffsetDateTime checkOutUntil,
                                 @Schema(description = "The six digits, to be typed", examples = "042517") String code,
                                 @Schema(description = "The link the QR code encodes: the portal's check-in page with "
                                         + "the code's random link token",
                                         examples = "https://portal.example.gov.cn/checkin?token="
                                                 + "q3Vx_8mZ-Lr2aT0bN5cYwE1dHkPj7sUf") String checkInLink,
                                 String openedBy, OffsetDateTime openedAt, List<CodeCheckInDto> checkIns,
                                 long version) {

        static CheckInCodeDto of(CheckInCode c, String link, List<CodeCheckIn> checkIns, ZoneId zone) {
            return new CheckInCodeDto(c.id().toString(), c.unit().toString(),
                    c.activity().map(UUID::toString).orElse(null), c.description(), c.where(),
                    ApiTime.of(c.scheduledStart(), zone), ApiTime.of(c.scheduledEnd(), zone),
                    ApiTime.of(c.checkInFrom(), zone), ApiTime.of(c.checkOutUntil(), zone), c.code(), link,
                    c.openedBy(), ApiTime.of(c.openedAt(), zone),
                    checkIns.stream().map(u -> CodeCheckInDto.of(u, zone)).toList(), c.version());
        }
    }

    @Schema(name = "CheckInWithCode", description = "Check in as the signed-in volunteer with a code's six digits or "
            + "the link token of its QR code")
    public record CheckInWithCodeDto(
            @Schema(description = "The six digits as typed, or the link token from the QR code's link "
                    + "(checkin?token=...)", examples = "042517")
            @NotBlank @Size(max = CheckInCode.MAX_LINK_TOKEN_LENGTH) String code,
            @Schema(description = "Where the volunteer is (e.g. 30.27,120.15); only with locationConsent, "
                    + "never required") @Size(max = 100) String location,
            @Schema(description = "The volunteer's separate consent to record the location") Boolean locationConsent) {

        @Override
        public String toString() {
            return "CheckInWithCodeDto[location " + (location == null ? "none" : "given") + "]";
        }
    }

    @Schema(name = "CheckOutWithCode", description = "Check out as the signed-in volunteer with the code checked in with")
    public record CheckOutWithCodeDto(
            @Schema(description = "The code's six digits or its link token, whichever is at hand", examples = "042517")
            @NotBlank @Size(max = CheckInCode.MAX_LINK_TOKEN_LENGTH) String code) {

        @Override
        public String toString() {
            return "CheckOutWithCodeDto";
        }
    }

    @Schema(name = "MakeUp", description = "Time recorded by an administrator (MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS); "
            + "at most the scheduled length (RECORD-MAKE-UP-CAPPED); with correctsId it replaces that entry")
    public record MakeUpDto(
            @NotBlank String volunteerId,
            @NotBlank String unitId,
            String activityId,
            @NotBlank @Size(max = CheckInCode.MAX_DESCRIPTION_LENGTH) String description,
            @Size(max = CheckInCode.MAX_WHERE_LENGTH) String where,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Schema(description = "The activity's scheduled length in minutes") @NotNull @Min(1) @Max(1440)
            Integer scheduledMinutes,
            @Schema(description = "The entry this one corrects, if any") String correctsId) {
    }

    @Schema(name = "Correction", description = "Corrects an entry: a new entry of the same volunteer and unit pointing "
            + "at it; description and place default to the corrected entry's")
    public record CorrectionDto(
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Schema(description = "The activity's scheduled length in minutes") @NotNull @Min(1) @Max(1440)
            Integer scheduledMinutes,
            @Size(max = CheckInCode.MAX_DESCRIPTION_LENGTH) String description,
            @Size(max = CheckInCode.MAX_WHERE_LENGTH) String where) {
    }

    @Schema(name = "ServiceRecord", description = "One append-only entry of a unit's hash-chained service record; "
            + "in full only for the staff who keep the unit's records (MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS)")
    public record ServiceRecordDto(String id, String unitId, long sequence, String volunteerId, String activityId,
                                   String description, String where,
                                   @Schema(description = "Only if the volunteer consented, and only for the volunteer "
                                           + "and the staff who keep the records") String location,
                                   OffsetDateTime start, OffsetDateTime end, OffsetDateTime scheduledEnd,
                                   int minutes, RecordSource source, List<RecordFlag> flags, boolean open,
                                   String recordedBy, OffsetDateTime recordedAt,
                                   @Schema(description = "The entry this one corrects") String correctsId,
                                   @Schema(description = "Only for the staff who keep the records") String previousHash,
                                   @Schema(description = "Only for the staff who keep the records") String hash) {

        static ServiceRecordDto of(ServiceRecord r, ZoneId zone) {
            return new ServiceRecordDto(r.id().toString(), r.unit().toString(), r.sequence(),
                    r.volunteer().toString(), r.activity().map(UUID::toString).orElse(null), r.description(),
                    r.where(), r.location().orElse(null), ApiTime.of(r.start(), zone),
                    r.end().map(e -> ApiTime.of(e, zone)).orElse(null),
                    r.scheduledEnd().map(e -> ApiTime.of(e, zone)).orElse(null), r.minutes(), r.source(),
                    r.flags().stream().sorted().toList(), r.isOpen(), r.recordedBy(), ApiTime.of(r.recordedAt(), zone),
                    r.corrects().map(ServiceRecordId::toString).orElse(null), blankToNull(r.previousHash()),
                    blankToNull(r.hash()));
        }

        private static String blankToNull(String hash) {
            return hash.isEmpty() ? null : hash;
        }
    }

    @Schema(name = "RecordTotals", description = "Credited minutes by source over effective entries (corrected "
            + "entries and open sessions credit nothing)")
    public record TotalsDto(
            @Schema(description = "Minutes by source: SELF_CHECK_IN, ADMIN_MAKE_UP, IMPORT") Map<RecordSource, Long> minutesBySource,
            long totalMinutes, int entries, int openSessions, int toReview) {

        static TotalsDto of(RecordTotals t) {
            return new TotalsDto(new TreeMap<>(t.minutes()), t.totalMinutes(), t.entries(), t.openSessions(),
                    t.toReview());
        }
    }

    @Schema(name = "VolunteerServiceRecords", description = "A volunteer's totals and one page of their entries, "
            + "newest first")
    public record VolunteerRecordsDto(String volunteerId, TotalsDto totals, PageDto<ServiceRecordDto> records) {
    }

    @Schema(name = "ChainVerification", description = "Whether a unit's chain is intact (R-REC-1): sequence 1, 2, "
            + "..., each entry linked to the one before, each hash recomputing, and the chain ending at its head "
            + "sealed under the installation's key")
    public record VerificationDto(String unitId, boolean valid, int entries,
                                  @Schema(description = "The first broken sequence number; null when valid")
                                  Long firstBroken,
                                  @Schema(description = "How the chain broke; null when valid. SEQUENCE (an entry "
                                          + "removed or inserted), LINK, HASH (a row altered), UNANCHORED (no sealed "
                                          + "head), SEAL (the head was not sealed with this installation's key), "
                                          + "TRUNCATED (entries cut off the end), REWRITTEN (entries rewritten with "
                                          + "their hashes recomputed), UNSEALED_TAIL (entries appended around the "
                                          + "portal)")
                                  ChainBreak reason) {

        static VerificationDto of(UnitId unit, int entries, HashChainVerifier.Verification v) {
            return new VerificationDto(unit.toString(), v.ok(), entries,
                    v.firstBroken().isPresent() ? v.firstBroken().getAsLong() : null, v.reason().orElse(null));
        }
    }
}
