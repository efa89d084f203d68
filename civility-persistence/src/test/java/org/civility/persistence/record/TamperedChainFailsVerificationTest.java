package org.civility.persistence.record;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ChainBreak;
import org.civility.core.record.ChainHeadRepository;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;
import static org.civility.core.fixtures.RecordFixtures.aChain;

/**
 * R-REC-1 against tampering in SQL by whoever holds the database but not the chain key: entries cut off the end,
 * and a suffix rewritten with every hash and link recomputed, both pass the links alone and are found by the
 * sealed head. On PostgreSQL the rows cannot even be changed without switching the database's triggers off first
 * ({@link TestStore#tamper}).
 */
class TamperedChainFailsVerificationTest {

    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");

    private final ServiceRecordRepository records =
            TestStore.get().repository(ServiceRecordRepository.class, JpaServiceRecordRepository::new);
    private final ChainHeadRepository heads =
            TestStore.get().repository(ChainHeadRepository.class, JpaChainHeadRepository::new);

    /** Five entries stored as the service stores them: each append moves the sealed head. */
    private List<ServiceRecord> aStoredChain(UnitId unit) {
        List<ServiceRecord> chain = aChain(unit, new VolunteerId(UUID.randomUUID()), T0, 5);
        for (ServiceRecord e : chain) {
            records.append(e);
            heads.advance(RecordFixtures.SEAL.head(unit, e.sequence(), e.hash()));
        }
        assertThat(verify(unit).ok()).isTrue();
        return chain;
    }

    private HashChainVerifier.Verification verify(UnitId unit) {
        return HashChainVerifier.verify(records.chain(unit), heads.find(unit), RecordFixtures.SEAL);
    }

    private UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    @Test
    @DisplayName("R-REC-1 entries deleted off the end of a chain in SQL are found")
    void entriesCutOffTheEndAreFound() {
        UnitId unit = aUnit();
        aStoredChain(unit);

        int deleted = TestStore.get().tamper("delete from civ_service_record where unit_id = ? and seq_no > 3",
                unit.toString());

        assertThat(deleted).isEqualTo(2);
        assertThat(HashChainVerifier.verifyLinks(records.chain(unit)).ok()).as("the links alone").isTrue();
        assertThat(verify(unit).firstBroken()).hasValue(4);
        assertThat(verify(unit).reason()).hasValue(ChainBreak.TRUNCATED);
    }

    @Test
    @DisplayName("R-REC-1 a suffix rewritten in SQL with its hashes recomputed is found")
    void aRewrittenSuffixIsFound() {
        UnitId unit = aUnit();
        List<ServiceRecord> chain = aStoredChain(unit);

        // entries 3 to 5 credited ten hours more each, every hash and link recomputed as the old chain allowed
        List<ServiceRecord> rewritten = new ArrayList<>(chain.subList(0, 2));
        for (ServiceRecord e : chain.subList(2, 5)) {
            ServiceRecord r = ServiceRecord.chained(e.id(), e.unit(), e.sequence(), rewritten.getLast().hash(),
                    e.volunteer(), e.activity(), e.description(), e.where(), e.location(), e.start(), e.end(),
                    e.scheduledEnd(), e.minutes() + 600, e.source(), e.flags(), e.recordedBy(), e.recordedAt(),
                    e.corrects());
            rewritten.add(r);
            assertThat(TestStore.get().tamper("update civ_service_record set minutes = ?, previous_hash = ?, hash = ? "
                    + "where id = ?", r.minutes(), r.previousHash(), r.hash(), r.id().toString())).isEqualTo(1);
        }

        assertThat(records.chain(unit)).extracting(ServiceRecord::minutes)
                .containsExactlyElementsOf(rewritten.stream().map(ServiceRecord::minutes).toList());
        assertThat(HashChainVerifier.verifyLinks(records.chain(unit)).ok()).as("the links alone").isTrue();
        assertThat(verify(unit).firstBroken()).hasValue(5);
        assertThat(verify(unit).reason()).hasValue(ChainBreak.REWRITTEN);
    }

    @Test
    @EnabledIfSystemProperty(named = "civility.test.store", matches = "postgresql")
    @DisplayName("R-REC-1 on PostgreSQL a stored record cannot be updated or deleted, nor a head moved back")
    void postgresqlRefusesUpdatesAndDeletesOfStoredRecords() {
        UnitId unit = aUnit();
        ServiceRecord entry = aStoredChain(unit).get(4);

        assertThatThrownBy(() -> TestStore.get().execute("update civ_service_record set minutes = 600 where id = ?",
                entry.id().toString())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestStore.get().execute("delete from civ_service_record where id = ?",
                entry.id().toString())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestStore.get().execute("update civ_service_record_head set seq_no = 3 where "
                + "unit_id = ?", unit.toString())).hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> TestStore.get().execute("delete from civ_service_record_head where unit_id = ?",
                unit.toString())).hasMessageContaining("only moves forward");
        assertThat(verify(unit).ok()).isTrue();
    }
}
