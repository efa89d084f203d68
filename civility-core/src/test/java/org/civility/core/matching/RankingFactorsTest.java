package org.civility.core.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Each ranking factor on its own, for both matchers. */
class RankingFactorsTest {

    private static final UnitId STATION = new UnitId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final UnitId OTHER = new UnitId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final UnitId INSTITUTE = new UnitId(UUID.fromString("00000000-0000-0000-0000-0000000000a3"));
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-000000000003");
    /** Sorts after A..C as text although its signed most significant bits are negative. */
    private static final UUID HIGH = UUID.fromString("f0000000-0000-0000-0000-000000000000");
    private static final List<WeeklyWindow> SATURDAY_MORNING =
            List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    static Stream<Arguments> matchers() {
        return Stream.of(
                Arguments.of("scan", (Function<List<Candidate>, Matcher>) ScanMatcher::new),
                Arguments.of("indexed", (Function<List<Candidate>, Matcher>) IndexedMatcher::of));
    }

    private static Candidate candidate(UUID id, Set<String> skills, UnitId unit, int load) {
        return new Candidate(id, skills, unit, Optional.empty(), Optional.empty(), SATURDAY_MORNING, load);
    }

    private static List<UUID> ids(List<Match> matches) {
        return matches.stream().map(Match::candidate).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void moreOfTheRequestedSkillsRanksHigherAndNoneIsNoCandidate(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(
                candidate(A, Set.of("理发"), STATION, 0),
                candidate(B, Set.of("理发", "按摩"), STATION, 0),
                candidate(C, Set.of("法律咨询"), STATION, 0)));

        List<Match> top = matcher.top(MatchRequest.of(Set.of("理发", "按摩"), STATION, 10));

        assertThat(ids(top)).containsExactly(B, A);
        assertThat(top.get(0).skillFit()).isEqualTo(1.0);
        assertThat(top.get(1).skillFit()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void skillsCompareTrimmedAndCaseInsensitively(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(candidate(A, Set.of(" First-Aid "), STATION, 0)));

        assertThat(ids(matcher.top(MatchRequest.of(Set.of("first-aid"), STATION, 10)))).containsExactly(A);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void withoutRequestedSkillsEveryoneIsACandidate(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(candidate(A, Set.of("理发"), STATION, 0),
                candidate(B, Set.of("法律咨询"), STATION, 0)));

        List<Match> top = matcher.top(MatchRequest.of(Set.of(), STATION, 10));

        assertThat(ids(top)).containsExactly(A, B);
        assertThat(top).allSatisfy(x -> assertThat(x.skillFit()).isEqualTo(1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void sameGridBeatsSameUnitBeatsANearbyUnitBeatsElsewhere(String name, Function<List<Candidate>, Matcher> m) {
        UnitId far = new UnitId(UUID.randomUUID());
        Matcher matcher = m.apply(List.of(
                new Candidate(A, Set.of("理发"), far, Optional.empty(), Optional.empty(), SATURDAY_MORNING, 0),
                new Candidate(B, Set.of("理发"), INSTITUTE, Optional.empty(), Optional.empty(), SATURDAY_MORNING, 0),
                new Candidate(C, Set.of("理发"), STATION, Optional.of("二网格"), Optional.empty(), SATURDAY_MORNING, 0),
                new Candidate(HIGH, Set.of("理发"), STATION, Optional.of("一网格"), Optional.empty(), SATURDAY_MORNING, 0)));

        List<Match> top = matcher.top(MatchRequest.of(Set.of("理发"), STATION, 10).withGrid("一网格")
                .withNearbyUnits(Map.of(INSTITUTE, 0.5)));

        assertThat(ids(top)).containsExactly(HIGH, C, B, A);
        assertThat(top.stream().map(Match::proximity)).containsExactly(1.0, 0.8, 0.5, 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void closerByCoordinatesRanksHigher(String name, Function<List<Candidate>, Matcher> m) {
        GeoPoint here = new GeoPoint(30.25, 120.15);
        Matcher matcher = m.apply(List.of(
                new Candidate(A, Set.of("理发"), OTHER, Optional.empty(), Optional.of(new GeoPoint(30.25, 120.25)),
                        SATURDAY_MORNING, 0),
                new Candidate(B, Set.of("理发"), OTHER, Optional.empty(), Optional.of(new GeoPoint(30.26, 120.15)),
                        SATURDAY_MORNING, 0),
                new Candidate(C, Set.of("理发"), OTHER, Optional.empty(), Optional.empty(), SATURDAY_MORNING, 0)));

        List<Match> top = matcher.top(MatchRequest.of(Set.of("理发"), STATION, 10).withPoint(here));

        assertThat(ids(top)).containsExactly(B, A, C);
        // 0.01° of latitude is 1.11 km: closeness 1 / (1 + 1.11 / 2)
        assertThat(top.get(0).proximity()).isCloseTo(1 / (1 + 1.112 / 2), within(0.001));
        assertThat(top.get(2).proximity()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void coverageOfTheRequestedTimeRanksHigher(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(
                new Candidate(A, Set.of("理发"), STATION, Optional.empty(), Optional.empty(),
                        List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))), 0),
                new Candidate(B, Set.of("理发"), STATION, Optional.empty(), Optional.empty(), SATURDAY_MORNING, 0),
                new Candidate(C, Set.of("理发"), STATION, Optional.empty(), Optional.empty(), List.of(), 0)));
        // Saturday 2026-12-05 09:30 for two hours
        WeeklySlot slot = WeeklySlot.of(LocalDateTime.of(2026, 12, 5, 9, 30), Duration.ofHours(2));

        List<Match> top = matcher.top(MatchRequest.of(Set.of("理发"), STATION, 10).at(slot));

        assertThat(ids(top)).containsExactly(B, A, C);
        assertThat(top.stream().map(Match::availability)).containsExactly(1.0, 0.5, 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void aSlotOverTheEndOfTheWeekCountsMondayMorning(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(new Candidate(A, Set.of("理发"), STATION, Optional.empty(), Optional.empty(),
                List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(0, 0), LocalTime.of(1, 0)),
                        new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(23, 0), LocalTime.MIDNIGHT)), 0)));
        WeeklySlot slot = WeeklySlot.of(LocalDateTime.of(2026, 12, 6, 23, 0), Duration.ofHours(4));

        assertThat(matcher.top(MatchRequest.of(Set.of("理发"), STATION, 1).at(slot)).getFirst().availability())
                .isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void fewerRecentOrdersRanksHigher(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(candidate(A, Set.of("理发"), STATION, 3),
                candidate(B, Set.of("理发"), STATION, 0), candidate(C, Set.of("理发"), STATION, 1)));

        List<Match> top = matcher.top(MatchRequest.of(Set.of("理发"), STATION, 10));

        assertThat(ids(top)).containsExactly(B, C, A);
        assertThat(top.stream().map(Match::fairness)).containsExactly(1.0, 0.5, 0.25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void equalScoresRankByIdAsTextAndTheLimitCuts(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(candidate(HIGH, Set.of("理发"), STATION, 0),
                candidate(C, Set.of("理发"), STATION, 0), candidate(A, Set.of("理发"), STATION, 0),
                candidate(B, Set.of("理发"), STATION, 0)));

        assertThat(ids(matcher.top(MatchRequest.of(Set.of("理发"), STATION, 3)))).containsExactly(A, B, C);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchers")
    void theScoreWeighsTheFactors(String name, Function<List<Candidate>, Matcher> m) {
        Matcher matcher = m.apply(List.of(candidate(A, Set.of("理发"), STATION, 1)));
        WeeklySlot slot = WeeklySlot.of(LocalDateTime.of(2026, 12, 5, 10, 0), Duration.ofHours(1));

        Match match = matcher.top(MatchRequest.of(Set.of("理发", "按摩"), STATION, 1).at(slot)).getFirst();

        assertThat(match.score()).isEqualTo(40 * 0.5 + 25 * 0.8 + 25 * 1.0 + 10 * 0.5);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void invalidInputsAreRefused() {
        assertCode(() -> new GeoPoint(91, 0), "MATCH-POINT-INVALID");
        assertCode(() -> new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)),
                "MATCH-WINDOW-INVALID");
        assertCode(() -> MatchRequest.of(Set.of(" "), STATION, 10), "MATCH-SKILL-INVALID");
        assertCode(() -> MatchRequest.of(Set.of(), STATION, 0), "MATCH-NUMBER-INVALID");
        assertCode(() -> WeeklySlot.of(LocalDateTime.of(2026, 12, 5, 10, 0), Duration.ZERO), "MATCH-DURATION-INVALID");
    }
}
