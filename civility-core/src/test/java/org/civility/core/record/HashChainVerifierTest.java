package org.civility.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.RecordFixtures.aChain;

class HashChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");

    private final List<ServiceRecord> chain =
            aChain(new UnitId(UUID.randomUUID()), new VolunteerId(UUID.randomUUID()), T0, 4);

    @Test
    void acceptsAnIntactChain() {
        assertThat(HashChainVerifier.verify(chain).ok()).isTrue();
        assertThat(HashChainVerifier.verify(List.of()).ok()).isTrue();
    }

    @Test
    void reportsTheEntryWhoseFieldWasAltered() {
        List<ServiceRecord> altered = new ArrayList<>(chain);
        ServiceRecord e = chain.get(2);
        altered.set(2, ServiceRecord.restore(e.id(), e.unit(), e.sequence(), e.volunteer(), e.activity(),
                e.description(), e.where(), e.location(), e.start(), e.end(), e.scheduledEnd(), e.minutes() + 60,
                e.source(), e.flags(), e.recordedBy(), e.recordedAt(), e.corrects(), e.previousHash(), e.hash()));

        assertThat(HashChainVerifier.verify(altered).firstBroken()).hasValue(3);
    }

    @Test
    void reportsARemovedEntry() {
        List<ServiceRecord> gap = new ArrayList<>(chain);
        gap.remove(1);

        assertThat(HashChainVerifier.verify(gap).firstBroken()).hasValue(2);
    }

    @Test
    void reportsAnEntryWhoseHashWasRecomputedButNotItsSuccessor() {
        List<ServiceRecord> altered = new ArrayList<>(chain);
        ServiceRecord e = chain.get(1);
        altered.set(1, ServiceRecord.chained(e.id(), e.unit(), e.sequence(), e.previousHash(), e.volunteer(),
                e.activity(), e.description(), e.where(), e.location(), e.start(), e.end(), e.scheduledEnd(),
                e.minutes() + 30, e.source(), e.flags(), e.recordedBy(), e.recordedAt(), e.corrects()));

        assertThat(HashChainVerifier.verify(altered).firstBroken()).hasValue(3);
    }
}
