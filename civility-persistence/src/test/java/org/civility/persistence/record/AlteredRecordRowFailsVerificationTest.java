package org.civility.persistence.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;
import static org.civility.core.fixtures.RecordFixtures.aChain;

/** Acceptance (issue 4): altering any stored record row makes verification fail, found by editing the row in SQL. */
class AlteredRecordRowFailsVerificationTest {

    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");

    private final ServiceRecordRepository records =
            TestStore.get().repository(ServiceRecordRepository.class, JpaServiceRecordRepository::new);

    private List<ServiceRecord> aStoredChain(UnitId unit) {
        List<ServiceRecord> chain = aChain(unit, new VolunteerId(UUID.randomUUID()), T0, 5);
        chain.forEach(records::append);
        assertThat(HashChainVerifier.verifyLinks(records.chain(unit)).ok()).isTrue();
        return chain;
    }

    private UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    @Test
    void alteringTheMinutesOfOneRowMakesVerificationReportThatEntry() {
        UnitId unit = aUnit();
        ServiceRecord target = aStoredChain(unit).get(2);

        int changed = TestStore.get().tamper("update civ_service_record set minutes = ? where id = ?",
                target.minutes() + 600, target.id().toString());

        assertThat(changed).isEqualTo(1);
        assertThat(HashChainVerifier.verifyLinks(records.chain(unit)).firstBroken()).hasValue(target.sequence());
    }

    @Test
    void alteringAnyOtherColumnIsDetectedToo() {
        String[][] edits = {
                {"description", "'买来的时长'"}, {"place", "'别处'"}, {"volunteer_id", "'" + UUID.randomUUID() + "'"},
                {"record_source", "'SELF_CHECK_IN'"}, {"recorded_by", "'someone'"}, {"flags",
                        "'FORGOTTEN_CHECK_OUT_REVIEW'"}, {"hash", "'" + "f".repeat(64) + "'"},
        };
        for (String[] edit : edits) {
            UnitId unit = aUnit();
            ServiceRecord target = aStoredChain(unit).get(1);

            TestStore.get().tamper("update civ_service_record set " + edit[0] + " = " + edit[1] + " where id = ?",
                    target.id().toString());

            assertThat(HashChainVerifier.verifyLinks(records.chain(unit)).firstBroken()).as(edit[0])
                    .hasValue(target.sequence());
        }
    }
}
