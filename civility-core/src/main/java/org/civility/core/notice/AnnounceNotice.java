package org.civility.core.notice;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civility.core.organisation.UnitId;

/**
 * Announces a subject through channels. {@code publishAt} null or in the past means now.
 */
public record AnnounceNotice(@NotNull UnitId unit, @NotNull SubjectKind subjectKind, @NotNull UUID subjectId,
                             @NotBlank @Size(max = NoticeContent.MAX_LINE) String title,
                             @NotBlank @Size(max = NoticeContent.MAX_BODY) String body,
                             @NotBlank @Size(max = NoticeContent.MAX_LINE) String place,
                             @NotNull Instant startsAt, @NotEmpty Set<Channel> channels, Instant publishAt) {
}
