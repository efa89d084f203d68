package org.civility.notices;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * E-mail through Jakarta Mail over SMTP ({@code civility.notices.mail.*}). {@link #toString()} shows no password.
 *
 * @param host      {@code host}
 * @param port      {@code port}, default 587 (465 with {@code ssl}, 25 with {@code none})
 * @param security  {@code security}: {@code starttls} (default, required), {@code ssl} or {@code none}
 * @param username  {@code username} (or {@code username-env}); without it the server is not asked to authenticate
 * @param password  {@code password} (or {@code password-env})
 * @param from      {@code from}: the sender's address; its domain also names the Message-ID
 * @param batchSize recipients per message, 1 to {@value #MAX_BATCH}; {@code batch-size}, default
 *                  {@value #DEFAULT_BATCH} (servers commonly take at most 100 recipients per message)
 */
public record MailSettings(String host, int port, Security security, Optional<String> username,
                           Optional<Secret> password, String from, int batchSize) {

    public static final int MAX_BATCH = 500;
    public static final int DEFAULT_BATCH = 50;

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain connection upgraded by STARTTLS, which is required. */
        STARTTLS,
        /** TLS from the first byte (SMTPS). */
        SSL,
        /** No TLS: only for a relay on the same host or in tests. */
        NONE;

        public int defaultPort() {
            return switch (this) {
                case STARTTLS -> 587;
                case SSL -> 465;
                case NONE -> 25;
            };
        }
    }

    public MailSettings {
        requireNonNull(host, "host");
        requireNonNull(security, "security");
        requireNonNull(username, "username");
        requireNonNull(password, "password");
        requireNonNull(from, "from");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mail port must be 1 to 65535");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("mail batch-size must be 1 to " + MAX_BATCH);
        }
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + (username.isPresent() ? "set" : "-") + ", password=" + (password.isPresent() ? "****" : "-")
                + ", from=" + from + ", batchSize=" + batchSize + "]";
    }
}
