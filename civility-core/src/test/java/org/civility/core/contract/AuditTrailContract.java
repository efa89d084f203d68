package org.civility.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.civility.core.audit.AuditAction;
import org.civility.core.audit.AuditEntry;
import org.civility.core.audit.AuditEntryId;
import org.civility.core.audit.AuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AuditTrail} must do. The trail is never assumed empty: each test reads units of its own.
 */
public abstract class AuditTrailContract {

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00.123456Z");

    protected abstract AuditTrail trail();

    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static AuditEntry entry(Instant at, AuditAction action, String detail, UnitId... units) {
        return new AuditEntry(new AuditEntryId(UUID.randomUUID()), at, "center-head", action,
                UUID.randomUUID().toString(), "zhao-duty", Set.of(units), detail);
    }

    @Test
    void keepsEveryFieldOfAnEntry() {
        UnitId station = aUnit();
        UnitId point = aUnit();
        AuditEntry entry = entry(T0, AuditAction.ROLE_GRANTED, "DUTY_STAFF", station, point);

        trail().append(entry);

        List<AuditEntry> found = trail().entries(Set.of(station), T0, T0.plusSeconds(1), PageRequest.firstPage())
                .items();
        assertThat(found).containsExactly(entry);
    }

    @Test
    void findsTheEntriesOfTheUnitsInAHalfOpenPeriodEachOnceOldestFirst() {
        // given
        UnitId station = aUnit();
        UnitId point = aUnit();
        UnitId elsewhere = aUnit();
        AuditEntry before = entry(T0.minusSeconds(1), AuditAction.ACCOUNT_CREATED, "", station);
        AuditEntry first = entry(T0, AuditAction.ACCOUNT_DISABLED, "", station, point);
        AuditEntry second = entry(T0.plusSeconds(30), AuditAction.CARE_RECIPIENT_READ, "", point);
        AuditEntry other = entry(T0.plusSeconds(40), AuditAction.ROLE_REVOKED, "HEAD", elsewhere);
        AuditEntry atTheEnd = entry(T0.plusSeconds(60), AuditAction.PASSWORD_RESET, "", station);
        for (AuditEntry e : List.of(atTheEnd, second, other, first, before)) {
            trail().append(e);
        }

        // when
        Page<AuditEntry> page = trail().entries(Set.of(station, point), T0, T0.plusSeconds(60),
                PageRequest.firstPage());

        // then
        assertThat(page.items()).containsExactly(first, second);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void ordersEntriesOfTheSameInstantByIdAndPagesThem() {
        UnitId station = aUnit();
        for (int i = 0; i < 5; i++) {
            trail().append(entry(T0, AuditAction.ROLE_GRANTED, "R" + i, station));
        }

        Page<AuditEntry> first = trail().entries(Set.of(station), T0, T0.plusSeconds(1), PageRequest.first(3));
        Page<AuditEntry> second = trail().entries(Set.of(station), T0, T0.plusSeconds(1), new PageRequest(3, 3));

        assertThat(first.hasMore()).isTrue();
        assertThat(second.hasMore()).isFalse();
        assertThat(second.items()).hasSize(2);
        List<String> ids = java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(e -> e.id().toString()).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void neverReplacesAnEntry() {
        UnitId station = aUnit();
        AuditEntry entry = entry(T0, AuditAction.ROLE_GRANTED, "DUTY_STAFF", station);
        trail().append(entry);
        AuditEntry forged = new AuditEntry(entry.id(), T0, "someone-else", AuditAction.ROLE_REVOKED, entry.subject(),
                entry.subjectName(), Set.of(station), "HEAD");

        assertThatThrownBy(() -> trail().append(forged)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("AUDIT-ENTRY-EXISTS"));
        assertThat(trail().entries(Set.of(station), T0, T0.plusSeconds(1), PageRequest.firstPage()).items())
                .containsExactly(entry);
    }

    @Test
    void findsNothingForUnitsWithoutEntries() {
        assertThat(trail().entries(Set.of(aUnit()), T0, T0.plusSeconds(1), PageRequest.firstPage()).items())
                .isEmpty();
    }
}
