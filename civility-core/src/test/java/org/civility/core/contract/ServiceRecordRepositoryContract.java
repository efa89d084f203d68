package org.civility.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.RecordFlag;
import org.civility.core.record.RecordSource;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceTotal;
import org.civility.core.record.UnitService;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.RecordFixtures.aChain;
import static org.civility.core.fixtures.RecordFixtures.anEntry;

/**
 * What every {@link ServiceRecordRepository} must do. The store is never assumed empty: each test works on a
 * recording unit and volunteers of its own.
 */
public abstract class ServiceRecordRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-08-01T02:30:15Z");

    protected abstract ServiceRecordRepository repository();

    /** A fresh recording unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static VolunteerId aVolunteer() {
        return new VolunteerId(UUID.randomUUID());
    }

    @Test
    void roundTripsEveryField() {
        UnitId unit = aUnit();
        VolunteerId volunteer = aVolunteer();
        ServiceRecord first = repository().append(anEntry(unit, Optional.empty(), volunteer, T0, T0.plusSeconds(60)));
        UUID activity = UUID.randomUUID();
        ServiceRecord entry = ServiceRecord.chained(new ServiceRecordId(UUID.randomUUID()), unit, 2, first.hash(),
                volunteer, Optional.of(activity), "陪伴\n独居老人", "幸福村文化礼堂", Optional.of("30.2741,120.1551"),
                T0, Optional.of(T0.plusSeconds(5400)), Optional.of(T0.plusSeconds(7200)), 0,
                RecordSource.SELF_CHECK_IN, Set.of(RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW), "system",
                T0.plusSeconds(9000), Optional.of(first.id()));

        repository().append(entry);
        ServiceRecord found = repository().find(entry.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(entry.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.sequence()).isEqualTo(2);
        assertThat(found.volunteer()).isEqualTo(volunteer);
        assertThat(found.activity()).contains(activity);
        assertThat(found.description()).isEqualTo("陪伴\n独居老人");
        assertThat(found.where()).isEqualTo("幸福村文化礼堂");
        assertThat(found.location()).contains("30.2741,120.1551");
        assertThat(found.start()).isEqualTo(T0);
        assertThat(found.end()).contains(T0.plusSeconds(5400));
        assertThat(found.scheduledEnd()).contains(T0.plusSeconds(7200));
        assertThat(found.minutes()).isZero();
        assertThat(found.source()).isEqualTo(RecordSource.SELF_CHECK_IN);
        assertThat(found.flags()).containsExactly(RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW);
        assertThat(found.recordedBy()).isEqualTo("system");
        assertThat(found.recordedAt()).isEqualTo(T0.plusSeconds(9000));
        assertThat(found.corrects()).contains(first.id());
        assertThat(found.previousHash()).isEqualTo(first.hash());
        assertThat(found.hash()).isEqualTo(entry.hash()).isEqualTo(found.computeHash());
    }

    @Test
    void roundTripsAnOpenEntryWithoutOptionalFields() {
        UnitId unit = aUnit();
        ServiceRecord open = ServiceRecord.chained(new ServiceRecordId(UUID.randomUUID()), unit, 1,
                ServiceRecord.GENESIS, aVolunteer(), Optional.empty(), "值守", "站点", Optional.empty(), T0,
                Optional.empty(), Optional.empty(), 0, RecordSource.IMPORT, Set.of(), "导入", T0, Optional.empty());

        repository().append(open);
        ServiceRecord found = repository().find(open.id()).orElseThrow();

        assertThat(found.activity()).isEmpty();
        assertThat(found.location()).isEmpty();
        assertThat(found.end()).isEmpty();
        assertThat(found.scheduledEnd()).isEmpty();
        assertThat(found.flags()).isEmpty();
        assertThat(found.corrects()).isEmpty();
        assertThat(found.hash()).isEqualTo(found.computeHash());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new ServiceRecordId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void keepsTheChainOrderedBySequenceAndItsLastEntry() {
        UnitId unit = aUnit();
        List<ServiceRecord> chain = aChain(unit, aVolunteer(), T0, 3);
        assertThat(repository().lastOf(unit)).isEmpty();

        chain.forEach(repository()::append);

        assertThat(repository().chain(unit)).extracting(ServiceRecord::id)
                .containsExactlyElementsOf(chain.stream().map(ServiceRecord::id).toList());
        assertThat(repository().lastOf(unit).orElseThrow().id()).isEqualTo(chain.get(2).id());
        assertThat(HashChainVerifier.verifyLinks(repository().chain(unit)).ok()).isTrue();
        assertThat(repository().chainedUnits()).contains(unit);
    }

    @Test
    void rejectsASecondEntryAtTheSameSequenceOfAChain() {
        UnitId unit = aUnit();
        ServiceRecord first = repository().append(anEntry(unit, Optional.empty(), aVolunteer(), T0,
                T0.plusSeconds(60)));
        ServiceRecord fork = anEntry(unit, Optional.empty(), aVolunteer(), T0, T0.plusSeconds(60));

        assertThatThrownBy(() -> repository().append(fork))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SharedError.STALE_VERSION));
        assertThat(repository().chain(unit)).extracting(ServiceRecord::id).containsExactly(first.id());
    }

    @Test
    void pagesAVolunteersEntriesNewestFirst() {
        VolunteerId volunteer = aVolunteer();
        List<ServiceRecord> chain = aChain(aUnit(), volunteer, T0, 3);
        chain.forEach(repository()::append);
        repository().append(anEntry(aUnit(), Optional.empty(), aVolunteer(), T0, T0.plusSeconds(60)));

        Page<ServiceRecord> first = repository().byVolunteer(volunteer, new PageRequest(0, 2));
        Page<ServiceRecord> second = repository().byVolunteer(volunteer, new PageRequest(2, 2));

        assertThat(first.items()).extracting(ServiceRecord::id).containsExactly(chain.get(2).id(), chain.get(1).id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(ServiceRecord::id).containsExactly(chain.get(0).id());
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void findsOverlappingEffectiveEntriesOfOneVolunteer() {
        UnitId unit = aUnit();
        VolunteerId volunteer = aVolunteer();
        ServiceRecord morning = repository().append(anEntry(unit, Optional.empty(), volunteer, T0,
                T0.plusSeconds(3600)));
        ServiceRecord corrected = repository().append(anEntry(unit, Optional.of(morning), volunteer,
                T0.plusSeconds(7200), Optional.of(T0.plusSeconds(10_800)), Optional.empty()));
        ServiceRecord correction = repository().append(anEntry(unit, Optional.of(corrected), volunteer,
                T0.plusSeconds(9000), Optional.of(T0.plusSeconds(10_800)), Optional.of(corrected.id())));
        ServiceRecord open = repository().append(anEntry(unit, Optional.of(correction), volunteer,
                T0.plusSeconds(20_000), Optional.empty(), Optional.empty()));
        repository().append(anEntry(unit, Optional.of(open), aVolunteer(), T0, T0.plusSeconds(3600)));

        assertThat(repository().overlapping(volunteer, T0.plusSeconds(1800), T0.plusSeconds(8000)))
                .extracting(ServiceRecord::id).containsExactly(morning.id());
        assertThat(repository().overlapping(volunteer, T0.plusSeconds(3600), T0.plusSeconds(9500)))
                .extracting(ServiceRecord::id).containsExactly(correction.id());
        assertThat(repository().overlapping(volunteer, T0.plusSeconds(21_000), T0.plusSeconds(22_000)))
                .extracting(ServiceRecord::id).containsExactly(open.id());
        assertThat(repository().overlapping(volunteer, T0.plusSeconds(3600), T0.plusSeconds(7200))).isEmpty();
        assertThat(repository().correctionOf(corrected.id()).orElseThrow().id()).isEqualTo(correction.id());
        assertThat(repository().correctionOf(correction.id())).isEmpty();
    }

    @Test
    void findsOpenSessionsWhoseScheduledEndPassed() {
        UnitId unit = aUnit();
        Instant start = Instant.parse("1999-01-01T01:00:00Z").plusSeconds(UUID.randomUUID().hashCode() & 0xffff);
        ServiceRecord open = repository().append(anEntry(unit, Optional.empty(), aVolunteer(), start,
                Optional.empty(), Optional.empty()));
        ServiceRecord closed = repository().append(anEntry(unit, Optional.of(open), aVolunteer(), start,
                Optional.empty(), Optional.empty()));
        repository().append(anEntry(unit, Optional.of(closed), closed.volunteer(), start,
                Optional.of(start.plusSeconds(60)), Optional.of(closed.id())));

        List<ServiceRecord> due = repository().openEndedBefore(start.plusSeconds(7201));
        List<ServiceRecord> notYet = repository().openEndedBefore(start.plusSeconds(7200));

        assertThat(due).extracting(ServiceRecord::id).contains(open.id()).doesNotContain(closed.id());
        assertThat(notYet).extracting(ServiceRecord::id).doesNotContain(open.id());
    }

    @Test
    void aChainWithNanosecondTimesStillVerifiesOnceStored() {
        UnitId unit = aUnit();
        Instant start = T0.plusNanos(123_456_789);
        ServiceRecord first = repository().append(anEntry(unit, Optional.empty(), aVolunteer(), start,
                start.plusSeconds(60).plusNanos(1)));
        repository().append(anEntry(unit, Optional.of(first), first.volunteer(), start.plusSeconds(3600),
                start.plusSeconds(3660)));

        List<ServiceRecord> chain = repository().chain(unit);

        assertThat(chain.getFirst().start()).isEqualTo(T0.plusNanos(123_456_000));
        assertThat(HashChainVerifier.verifyLinks(chain).ok()).isTrue();
    }

    @Test
    void listsTheEffectiveEntriesOfAVolunteerAtOneRecordingUnit() {
        UnitId unit = aUnit();
        UnitId elsewhere = aUnit();
        VolunteerId volunteer = aVolunteer();
        ServiceRecord later = repository().append(anEntry(unit, Optional.empty(), volunteer,
                T0.plusSeconds(20_000), T0.plusSeconds(23_600)));
        ServiceRecord wrong = repository().append(anEntry(unit, Optional.of(later), volunteer, T0,
                T0.plusSeconds(3600)));
        ServiceRecord correction = repository().append(anEntry(unit, Optional.of(wrong), volunteer, T0,
                Optional.of(T0.plusSeconds(1800)), Optional.of(wrong.id())));
        ServiceRecord open = repository().append(anEntry(unit, Optional.of(correction), volunteer,
                T0.plusSeconds(40_000), Optional.empty(), Optional.empty()));
        ServiceRecord someoneElse = repository().append(anEntry(unit, Optional.of(open), aVolunteer(), T0,
                T0.plusSeconds(3600)));
        repository().append(anEntry(elsewhere, Optional.empty(), volunteer, T0.plusSeconds(50_000),
                T0.plusSeconds(53_600)));

        assertThat(repository().effectiveOf(unit, volunteer)).extracting(ServiceRecord::id)
                .containsExactly(correction.id(), later.id(), open.id());
        assertThat(repository().effectiveOf(unit, someoneElse.volunteer())).extracting(ServiceRecord::id)
                .containsExactly(someoneElse.id());
        assertThat(repository().effectiveOf(aUnit(), volunteer)).isEmpty();
    }

    @Test
    void findsTheEffectiveEntriesOfSeveralActivitiesAtOnce() {
        UnitId unit = aUnit();
        VolunteerId volunteer = aVolunteer();
        UUID order = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        ServiceRecord open = repository().append(anEntry(unit, Optional.empty(), volunteer, order, T0,
                Optional.empty(), Optional.empty()));
        ServiceRecord closed = repository().append(anEntry(unit, Optional.of(open), volunteer, order, T0,
                Optional.of(T0.plusSeconds(3600)), Optional.of(open.id())));
        ServiceRecord other = repository().append(anEntry(unit, Optional.of(closed), aVolunteer(), activity,
                T0.plusSeconds(60), Optional.of(T0.plusSeconds(3600)), Optional.empty()));
        repository().append(anEntry(unit, Optional.of(other), volunteer, T0.plusSeconds(7200),
                T0.plusSeconds(9000)));
        List<UUID> many = new java.util.ArrayList<>(java.util.stream.Stream.generate(UUID::randomUUID)
                .limit(1200).toList());
        many.add(700, order);

        assertThat(repository().effectiveOfActivities(List.of(activity, order))).extracting(ServiceRecord::id)
                .containsExactly(closed.id(), other.id());
        assertThat(repository().effectiveOfActivities(many)).extracting(ServiceRecord::id)
                .containsExactly(closed.id());
        assertThat(repository().effectiveOfActivities(List.of(UUID.randomUUID()))).isEmpty();
        assertThat(repository().effectiveOfActivities(List.of())).isEmpty();
    }

    @Test
    void sumsTheEffectiveServiceOfEachUnitStartingInThePeriod() {
        // given: two units of the question and one beside it
        UnitId unit = aUnit();
        UnitId other = aUnit();
        VolunteerId li = aVolunteer();
        VolunteerId wang = aVolunteer();
        ServiceRecord hour = repository().append(anEntry(unit, Optional.empty(), li, T0, T0.plusSeconds(3600)));
        ServiceRecord corrected = repository().append(anEntry(unit, Optional.of(hour), wang, T0.plusSeconds(7200),
                Optional.of(T0.plusSeconds(9000)), Optional.empty()));
        ServiceRecord correction = repository().append(anEntry(unit, Optional.of(corrected), wang,
                T0.plusSeconds(7200), Optional.of(T0.plusSeconds(10_800)), Optional.of(corrected.id())));
        ServiceRecord open = repository().append(anEntry(unit, Optional.of(correction), li, T0.plusSeconds(600),
                Optional.empty(), Optional.empty()));
        ServiceRecord later = repository().append(anEntry(unit, Optional.of(open), li, T0.plusSeconds(86_400),
                T0.plusSeconds(90_000)));
        repository().append(anEntry(unit, Optional.of(later), li, T0.minusSeconds(3600), T0));
        repository().append(anEntry(other, Optional.empty(), li, T0, T0.plusSeconds(1800)));
        repository().append(anEntry(aUnit(), Optional.empty(), aVolunteer(), T0, T0.plusSeconds(1800)));

        // when
        List<UnitService> byUnit = repository().serviceByUnit(List.of(unit, other), T0, T0.plusSeconds(86_400));
        ServiceTotal total = repository().serviceTotal(List.of(unit, other), T0, T0.plusSeconds(86_400));

        // then: the hour, the correction (not what it corrects), no open session, nothing outside [from, to)
        assertThat(byUnit).containsExactlyInAnyOrder(new UnitService(unit, 60 + 60, 2), new UnitService(other, 30, 1));
        assertThat(total).isEqualTo(new ServiceTotal(150, 2, 3));
    }

    @Test
    void sumsNothingForNoUnitsOrNoService() {
        assertThat(repository().serviceByUnit(List.of(), T0, T0.plusSeconds(60))).isEmpty();
        assertThat(repository().serviceTotal(List.of(), T0, T0.plusSeconds(60))).isEqualTo(ServiceTotal.NONE);
        assertThat(repository().serviceTotal(List.of(aUnit()), T0, T0.plusSeconds(60))).isEqualTo(ServiceTotal.NONE);
    }

    @Test
    void walksAChainInPagesOfSequenceOrder() {
        // given
        UnitId unit = aUnit();
        List<ServiceRecord> chain = aChain(unit, aVolunteer(), T0, 5);
        chain.forEach(repository()::append);
        repository().append(anEntry(aUnit(), Optional.empty(), aVolunteer(), T0, T0.plusSeconds(60)));

        // when
        List<ServiceRecord> first = repository().chainAfter(unit, 0, 2);
        List<ServiceRecord> second = repository().chainAfter(unit, first.getLast().sequence(), 2);
        List<ServiceRecord> last = repository().chainAfter(unit, second.getLast().sequence(), 2);

        // then
        assertThat(first).extracting(ServiceRecord::id).containsExactly(chain.get(0).id(), chain.get(1).id());
        assertThat(second).extracting(ServiceRecord::id).containsExactly(chain.get(2).id(), chain.get(3).id());
        assertThat(last).extracting(ServiceRecord::id).containsExactly(chain.get(4).id());
        assertThat(repository().chainAfter(unit, 5, 2)).isEmpty();
        assertThat(last.getFirst().hash()).isEqualTo(chain.get(4).hash());
    }

    @Test
    void findsTheEffectiveEntriesOfTheUnitsStartingInAPeriodByStartThenUnitThenSequence() {
        // given
        UnitId unit = aUnit();
        UnitId other = aUnit();
        VolunteerId volunteer = aVolunteer();
        ServiceRecord second = repository().append(anEntry(unit, Optional.empty(), volunteer, T0.plusSeconds(3600),
                T0.plusSeconds(7200)));
        ServiceRecord corrected = repository().append(anEntry(unit, Optional.of(second), volunteer, T0,
                Optional.of(T0.plusSeconds(600)), Optional.empty()));
        ServiceRecord correction = repository().append(anEntry(unit, Optional.of(corrected), volunteer, T0,
                Optional.of(T0.plusSeconds(1200)), Optional.of(corrected.id())));
        ServiceRecord open = repository().append(anEntry(unit, Optional.of(correction), aVolunteer(), T0,
                Optional.empty(), Optional.empty()));
        repository().append(anEntry(unit, Optional.of(open), volunteer, T0.plusSeconds(86_400),
                T0.plusSeconds(90_000)));
        ServiceRecord atOther = repository().append(anEntry(other, Optional.empty(), aVolunteer(), T0,
                T0.plusSeconds(60)));
        repository().append(anEntry(aUnit(), Optional.empty(), aVolunteer(), T0, T0.plusSeconds(60)));
        List<UnitId> units = List.of(unit, other);
        List<ServiceRecord> atT0 = new java.util.ArrayList<>(List.of(correction, open, atOther));
        atT0.sort(java.util.Comparator.comparing((ServiceRecord e) -> e.unit().toString())
                .thenComparingLong(ServiceRecord::sequence));

        // when
        List<ServiceRecord> all = repository().effectiveStartingBetween(units, T0, T0.plusSeconds(86_400), 10);
        List<ServiceRecord> firstTwo = repository().effectiveStartingBetween(units, T0, T0.plusSeconds(86_400), 2);

        // then
        assertThat(all).extracting(ServiceRecord::id).containsExactly(atT0.get(0).id(), atT0.get(1).id(),
                atT0.get(2).id(), second.id());
        assertThat(firstTwo).extracting(ServiceRecord::id).containsExactly(atT0.get(0).id(), atT0.get(1).id());
        assertThat(repository().effectiveStartingBetween(List.of(), T0, T0.plusSeconds(60), 10)).isEmpty();
    }
}
