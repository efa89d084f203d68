package org.civility.core.notice;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Delivery} (an outbox row); also the idempotency key passed to the {@link Notifier}. */
public record DeliveryId(UUID value) {

    public DeliveryId {
        requireNonNull(value, "value");
    }

    public static DeliveryId of(String value) {
        return new DeliveryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
