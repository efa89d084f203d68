package org.civility.core.notice;

import jakarta.validation.constraints.NotNull;

/** Staff ask for an unsent delivery to be tried again at once. */
public record RetryDelivery(@NotNull NoticeId notice, @NotNull Channel channel) {
}
