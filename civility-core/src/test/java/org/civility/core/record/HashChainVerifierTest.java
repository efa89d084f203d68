package org.civility.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.RecordFixtures.SEAL;
import static org.civility.core.fixtures.RecordFixtures.aChain;

class HashChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");

    private final List<ServiceRecord> chain =
            aChain(new UnitId(UUID.randomUUID()), new VolunteerId(UUID.randomUUID()), T0, 4);

    @Test
    void acceptsAnIntactChain() {
        assertThat(HashChainVerifier.verifyLinks(chain).ok()).isTrue();
        assertThat(HashChainVerifier.verifyLinks(List.of()).ok()).isTrue();
    }

    @Test
    void reportsTheEntryWhoseFieldWasAltered() {
        List<ServiceRecord> altered = new ArrayList<>(chain);
        ServiceRecord e = chain.get(2);
        altered.set(2, ServiceRecord.restore(e.id(), e.unit(), e.sequence(), e.volunteer(), e.activity(),
                e.description(), e.where(), e.location(), e.start(), e.end(), e.scheduledEnd(), e.minutes() + 60,
                e.source(), e.flags(), e.recordedBy(), e.recordedAt(), e.corrects(), e.previousHash(), e.hash()));

        assertThat(HashChainVerifier.verifyLinks(altered).firstBroken()).hasValue(3);
    }

    @Test
    void reportsARemovedEntry() {
        List<ServiceRecord> gap = new ArrayList<>(chain);
        gap.remove(1);

        assertThat(HashChainVerifier.verifyLinks(gap).firstBroken()).hasValue(2);
    }

    @Test
    void reportsAnEntryWhoseHashWasRecomputedButNotItsSuccessor() {
        List<ServiceRecord> altered = new ArrayList<>(chain);
        ServiceRecord e = chain.get(1);
        altered.set(1, ServiceRecord.chained(e.id(), e.unit(), e.sequence(), e.previousHash(), e.volunteer(),
                e.activity(), e.description(), e.where(), e.location(), e.start(), e.end(), e.scheduledEnd(),
                e.minutes() + 30, e.source(), e.flags(), e.recordedBy(), e.recordedAt(), e.corrects()));

        assertThat(HashChainVerifier.verifyLinks(altered).firstBroken()).hasValue(3);
    }

    // R-REC-1 with the sealed head: what rewriting every row in SQL cannot hide.

    private static final ChainSeal SEAL = ChainSeal.withKey("k".repeat(ChainSeal.MIN_KEY_BYTES).getBytes());

    private static Optional<ChainHead> headOf(List<ServiceRecord> entries) {
        ServiceRecord last = entries.getLast();
        return Optional.of(SEAL.head(last.unit(), last.sequence(), last.hash()));
    }

    /** The chain from {@code from} (index) on rewritten with more minutes, every hash and link recomputed. */
    private static List<ServiceRecord> rewrittenFrom(List<ServiceRecord> entries, int from) {
        List<ServiceRecord> rewritten = new ArrayList<>(entries.subList(0, from));
        for (ServiceRecord e : entries.subList(from, entries.size())) {
            String previous = rewritten.isEmpty() ? ServiceRecord.GENESIS : rewritten.getLast().hash();
            rewritten.add(ServiceRecord.chained(e.id(), e.unit(), e.sequence(), previous, e.volunteer(), e.activity(),
                    e.description(), e.where(), e.location(), e.start(), e.end(), e.scheduledEnd(),
                    e.minutes() + 600, e.source(), e.flags(), e.recordedBy(), e.recordedAt(), e.corrects()));
        }
        return rewritten;
    }

    @Test
    @DisplayName("R-REC-1 an intact chain ends at its sealed head")
    void anIntactChainEndsAtItsSealedHead() {
        assertThat(HashChainVerifier.verify(chain, headOf(chain), SEAL)).isEqualTo(HashChainVerifier.Verification.OK);
        assertThat(HashChainVerifier.verify(List.of(), Optional.empty(), SEAL).ok()).isTrue();
    }

    @Test
    @DisplayName("R-REC-1 entries cut off the end are found though every link holds")
    void entriesCutOffTheEndAreFoundThoughEveryLinkHolds() {
        List<ServiceRecord> truncated = chain.subList(0, 2);

        assertThat(HashChainVerifier.verifyLinks(truncated).ok()).isTrue();
        var v = HashChainVerifier.verify(truncated, headOf(chain), SEAL);
        assertThat(v.firstBroken()).hasValue(3);
        assertThat(v.reason()).hasValue(ChainBreak.TRUNCATED);
        assertThat(HashChainVerifier.verify(List.of(), headOf(chain), SEAL).reason()).hasValue(ChainBreak.TRUNCATED);
    }

    @Test
    @DisplayName("R-REC-1 a suffix rewritten with its hashes recomputed is found though every link holds")
    void aSuffixRewrittenWithItsHashesRecomputedIsFoundThoughEveryLinkHolds() {
        List<ServiceRecord> rewritten = rewrittenFrom(chain, 2);

        assertThat(HashChainVerifier.verifyLinks(rewritten).ok()).isTrue();
        var v = HashChainVerifier.verify(rewritten, headOf(chain), SEAL);
        assertThat(v.firstBroken()).hasValue(4);
        assertThat(v.reason()).hasValue(ChainBreak.REWRITTEN);
    }

    @Test
    @DisplayName("R-REC-1 a head sealed without the key is found")
    void aHeadSealedWithoutTheKeyIsFound() {
        List<ServiceRecord> rewritten = rewrittenFrom(chain, 0);
        ServiceRecord last = rewritten.getLast();
        ChainSeal otherKey = ChainSeal.withKey("x".repeat(ChainSeal.MIN_KEY_BYTES).getBytes());
        ChainHead forged = otherKey.head(last.unit(), last.sequence(), last.hash());
        ChainHead unsealed = new ChainHead(last.unit(), last.sequence(), last.hash(), "0".repeat(64));

        assertThat(HashChainVerifier.verify(rewritten, Optional.of(forged), SEAL).reason()).hasValue(ChainBreak.SEAL);
        assertThat(HashChainVerifier.verify(rewritten, Optional.of(unsealed), SEAL).reason())
                .hasValue(ChainBreak.SEAL);
    }

    @Test
    @DisplayName("R-REC-1 entries without a head, or beyond it, are found")
    void entriesWithoutAHeadOrBeyondItAreFound() {
        assertThat(HashChainVerifier.verify(chain, Optional.empty(), SEAL).reason())
                .hasValue(ChainBreak.UNANCHORED);
        var tail = HashChainVerifier.verify(chain, headOf(chain.subList(0, 3)), SEAL);
        assertThat(tail.firstBroken()).hasValue(4);
        assertThat(tail.reason()).hasValue(ChainBreak.UNSEALED_TAIL);
    }

    @Test
    @DisplayName("R-REC-1 a head of another unit does not seal this chain")
    void aHeadOfAnotherUnitDoesNotSealThisChain() {
        ServiceRecord last = chain.getLast();
        ChainHead elsewhere = SEAL.head(new UnitId(UUID.randomUUID()), last.sequence(), last.hash());
        ChainHead moved = new ChainHead(last.unit(), last.sequence(), last.hash(), elsewhere.seal());

        assertThat(HashChainVerifier.verify(chain, Optional.of(moved), SEAL).reason()).hasValue(ChainBreak.SEAL);
    }

    @Test
    void aChainKeyHasAtLeast256Bits() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ChainSeal.withKey(new byte[ChainSeal.MIN_KEY_BYTES - 1]));
    }

    @Test
    void verifiesAStoredChainLongerThanAPageAsItVerifiesTheWholeListR_REC_1() {
        // given: two and a half pages, and heads that name its end, an entry of its second page, or beyond it
        UnitId unit = new UnitId(UUID.randomUUID());
        List<ServiceRecord> stored = aChain(unit, new VolunteerId(UUID.randomUUID()), T0,
                HashChainVerifier.PAGE * 5 / 2);
        InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
        stored.forEach(records::append);
        ServiceRecord last = stored.getLast();
        ServiceRecord inSecondPage = stored.get(HashChainVerifier.PAGE + 10);
        List<Optional<ChainHead>> heads = List.of(Optional.of(SEAL.head(unit, last.sequence(), last.hash())),
                Optional.of(SEAL.head(unit, inSecondPage.sequence(), inSecondPage.hash())),
                Optional.of(SEAL.head(unit, last.sequence() + 1, last.hash())),
                Optional.of(SEAL.head(unit, last.sequence(), inSecondPage.hash())), Optional.empty());

        for (Optional<ChainHead> head : heads) {
            // when
            HashChainVerifier.Verification inPages = HashChainVerifier.verify(records, unit, head, SEAL);

            // then
            assertThat(inPages).isEqualTo(HashChainVerifier.verify(stored, head, SEAL));
        }
        assertThat(HashChainVerifier.verify(records, unit, heads.getFirst(), SEAL).ok()).isTrue();
        assertThat(HashChainVerifier.verify(records, unit, heads.get(1), SEAL).reason())
                .contains(ChainBreak.UNSEALED_TAIL);
    }

    @Test
    void stopsAtTheFirstBrokenLinkOfAStoredChainR_REC_1() {
        // given: an entry of the second page rewritten without its hash
        UnitId unit = new UnitId(UUID.randomUUID());
        List<ServiceRecord> stored = new ArrayList<>(aChain(unit, new VolunteerId(UUID.randomUUID()), T0,
                HashChainVerifier.PAGE + 5));
        ServiceRecord e = stored.get(HashChainVerifier.PAGE + 2);
        stored.set(HashChainVerifier.PAGE + 2, ServiceRecord.restore(e.id(), e.unit(), e.sequence(), e.volunteer(),
                e.activity(), "改过的描述", e.where(), e.location(), e.start(), e.end(), e.scheduledEnd(), e.minutes(),
                e.source(), e.flags(), e.recordedBy(), e.recordedAt(), e.corrects(), e.previousHash(), e.hash()));
        InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
        stored.forEach(records::append);
        Optional<ChainHead> head = Optional.of(SEAL.head(unit, stored.getLast().sequence(), stored.getLast().hash()));

        // when
        HashChainVerifier.Verification verification = HashChainVerifier.verify(records, unit, head, SEAL);

        // then
        assertThat(verification.reason()).contains(ChainBreak.HASH);
        assertThat(verification.firstBroken()).hasValue(e.sequence());
        assertThat(verification).isEqualTo(HashChainVerifier.verify(stored, head, SEAL));
    }
}
