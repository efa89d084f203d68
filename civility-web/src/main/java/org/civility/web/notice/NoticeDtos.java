package org.civility.web.notice;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civility.core.notice.Channel;
import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryStatus;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeContent;
import org.civility.core.notice.SubjectKind;
import org.civility.web.support.ApiTime;

/**
 * What the notice API reads and writes. Responses carry ids as strings, times with the portal
 * zone's offset, enum values as constant names, and each channel's delivery status.
 */
public final class NoticeDtos {

    private NoticeDtos() {
    }

    /**
     * Announces {@code subjectKind}/{@code subjectId} (e.g. ACTIVITY and the activity's id) for the
     * unit {@code unitId}. {@code publishAt} left out means now; R-NOTE-1 wants it at least the
     * minimum lead time (default 24 h) before {@code startsAt}.
     */
    public record AnnounceNoticeDto(@NotBlank @Size(max = 36) String unitId,
                                    @NotNull SubjectKind subjectKind,
                                    @NotBlank @Size(max = 36) String subjectId,
                                    @NotBlank @Size(max = NoticeContent.MAX_LINE) String title,
                                    @NotBlank @Size(max = NoticeContent.MAX_BODY) String body,
                                    @NotBlank @Size(max = NoticeContent.MAX_LINE) String place,
                                    @NotNull OffsetDateTime startsAt,
                                    @NotEmpty Set<@NotNull Channel> channels,
                                    OffsetDateTime publishAt) {
    }

    /** One channel of a notice: where its delivery stands; {@code nextAttemptAt} is null once sent. */
    public record DeliveryDto(String id, Channel channel, DeliveryStatus status, int attempts, String lastError,
                              OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, long version) {

        static DeliveryDto of(Delivery d, ZoneId zone) {
            return new DeliveryDto(d.id().toString(), d.channel(), d.status(), d.attempts(),
                    d.lastError().orElse(null),
                    d.status() == DeliveryStatus.SENT ? null : ApiTime.of(d.nextAttemptAt(), zone),
                    d.sentAt().map(t -> ApiTime.of(t, zone)).orElse(null), d.version());
        }
    }

    /**
     * A notice. {@code status} sums up its deliveries: SENT when all are sent, NEEDS_ATTENTION when
     * any is flagged, RETRYING when any failed, else PENDING. {@code deliveries} is left out of lists.
     */
    public record NoticeDto(String id, String unitId, SubjectKind subjectKind, String subjectId, String title,
                            String body, String place, OffsetDateTime startsAt, List<Channel> channels,
                            OffsetDateTime publishAt, String announcedBy, OffsetDateTime announcedAt,
                            DeliveryStatus status, List<DeliveryDto> deliveries, long version) {

        static NoticeDto of(Notice n, List<Delivery> deliveries, ZoneId zone) {
            return new NoticeDto(n.id().toString(), n.unit().toString(), n.subject().kind(),
                    n.subject().id().toString(), n.content().title(), n.content().body(), n.content().place(),
                    ApiTime.of(n.content().startsAt(), zone), n.channels().stream().sorted().toList(),
                    ApiTime.of(n.publishAt(), zone), n.announcedBy(), ApiTime.of(n.announcedAt(), zone),
                    overall(deliveries), deliveries == null ? null
                            : deliveries.stream().map(d -> DeliveryDto.of(d, zone)).toList(),
                    n.version());
        }

        private static DeliveryStatus overall(List<Delivery> deliveries) {
            if (deliveries == null) {
                return null;
            }
            if (deliveries.stream().allMatch(d -> d.status() == DeliveryStatus.SENT)) {
                return DeliveryStatus.SENT;
            }
            for (DeliveryStatus s : new DeliveryStatus[] {DeliveryStatus.NEEDS_ATTENTION, DeliveryStatus.RETRYING}) {
                if (deliveries.stream().anyMatch(d -> d.status() == s)) {
                    return s;
                }
            }
            return DeliveryStatus.PENDING;
        }
    }
}
