package org.civility.core.record;

import org.civility.core.access.Role;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.StaffAlert;
import org.civility.core.organisation.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWatchTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final HashChainVerifier.Verification OK = HashChainVerifier.Verification.OK;
    private static final HashChainVerifier.Verification TRUNCATED =
            new HashChainVerifier.Verification(OptionalLong.of(7), Optional.of(ChainBreak.TRUNCATED));

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final UnitId other = new UnitId(UUID.randomUUID());
    private final List<StaffAlert> sent = new ArrayList<>();
    private boolean notifierDown;
    private final ChainWatch watch = new ChainWatch(new Notifier() {
        @Override
        public void send(org.civility.core.notice.Channel channel, org.civility.core.notice.NoticeMessage message) {
        }

        @Override
        public void alert(StaffAlert alert) {
            if (notifierDown) {
                throw new IllegalStateException("gateway down");
            }
            sent.add(alert);
        }
    });

    @Test
    @DisplayName("R-REC-1 a broken chain is reported and its unit's head alerted once per break")
    void alertsTheHeadOfAUnitWhoseChainBrokeOncePerBreak() {
        var first = watch.observe(Map.of(station, TRUNCATED, other, OK), T0);

        assertThat(first.broken()).containsOnlyKeys(station);
        assertThat(sent).singleElement().satisfies(a -> {
            assertThat(a.unit()).isEqualTo(station);
            assertThat(a.to()).isEqualTo(Role.HEAD);
            assertThat(a.code()).isEqualTo("RECORD-CHAIN-BROKEN");
            assertThat(a.args()).containsEntry("firstBroken", 7L).containsEntry("reason", "TRUNCATED");
        });

        watch.observe(Map.of(station, TRUNCATED, other, OK), T0.plusSeconds(3600));
        assertThat(sent).as("not again while it stays broken").hasSize(1);
        assertThat(watch.broken()).containsOnlyKeys(station);
        assertThat(watch.lastRun()).contains(T0.plusSeconds(3600));

        watch.observe(Map.of(station, OK), T0.plusSeconds(7200));
        assertThat(watch.broken()).isEmpty();
        watch.observe(Map.of(station, TRUNCATED), T0.plusSeconds(10_800));
        assertThat(sent).as("a new break is alerted again").hasSize(2);
    }

    @Test
    @DisplayName("R-REC-1 an alert the notifier could not send is sent on the next run")
    void retriesAnAlertTheNotifierCouldNotSend() {
        notifierDown = true;
        var first = watch.observe(Map.of(station, TRUNCATED), T0);
        assertThat(first.alertFailed()).containsExactly(station);
        assertThat(sent).isEmpty();

        notifierDown = false;
        var second = watch.observe(Map.of(station, TRUNCATED), T0.plusSeconds(3600));
        assertThat(second.alertedNow()).containsExactly(station);
        assertThat(sent).hasSize(1);
    }
}
