package org.civility.core.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/**
 * An appraisal campaign (评) of a unit: star-rated civilised households, good neighbours, good
 * people, moral models and the like.
 *
 * <p>Lifecycle (R-APPR-1), only forward: {@link CampaignPhase#NOMINATING} takes nominations;
 * {@link #openVoting} opens a {@link VotingWindow} ({@link CampaignPhase#VOTING}) in which each household
 * of the unit casts one vote for one nomination; {@link #closeVoting} (once the window has ended) picks
 * the shortlist and starts the public notice (公示, {@link CampaignPhase#PUBLIC_NOTICE}) for the unit's
 * notice period; an {@link #object objection} during notice suspends the nomination until it is
 * {@link #resolveObjection resolved} (upheld: withdrawn; dismissed: back on notice); {@link #award}
 * after the notice period, with no objection open, makes the shortlist stand ({@link CampaignPhase#AWARDED}).
 *
 * <p>Winners: a star-rated campaign ({@link AppraisalKind#starRated()}) gives each nomination as many
 * stars as {@link #starThresholds()} (votes needed for 1, 2, … stars) it reaches; a nomination with no
 * star is not selected. Any other campaign shortlists the top {@link #places()} nominations by votes,
 * ties at the last place included; a nomination without votes is never selected.
 *
 * <p>Invariants: the phase's timestamps are present exactly from the phase that sets them; a household
 * has at most one vote; votes and objections refer to nominations of this campaign.
 */
public final class AppraisalCampaign {

    private final CampaignId id;
    private final UnitId unit;
    private final AppraisalKind kind;
    private final String title;
    private final int year;
    private final List<String> criteria;
    private final List<Integer> starThresholds;
    private final int places;
    private final String createdBy;
    private final Instant createdAt;
    private CampaignPhase phase;
    private Optional<VotingWindow> votingWindow;
    private Optional<Instant> noticeStarts;
    private Optional<Instant> noticeEnds;
    private Optional<Instant> awardedAt;
    private final List<Nomination> nominations;
    private final List<Vote> votes;
    private final List<Objection> objections;
    private final long version;

    private AppraisalCampaign(CampaignId id, UnitId unit, AppraisalKind kind, String title, int year,
                              List<String> criteria, List<Integer> starThresholds, int places, String createdBy,
                              Instant createdAt, CampaignPhase phase, Optional<VotingWindow> votingWindow,
                              Optional<Instant> noticeStarts, Optional<Instant> noticeEnds,
                              Optional<Instant> awardedAt, List<Nomination> nominations, List<Vote> votes,
                              List<Objection> objections, long version) {
        this.id = Checks.required(id, "id");
        this.unit = Checks.required(unit, "unit");
        this.kind = Checks.required(kind, "kind");
        this.title = Checks.required(title, "title");
        this.year = year;
        this.criteria = Checks.required(criteria, "criteria").stream().map(c -> Checks.required(c, "criterion")).toList();
        this.starThresholds = checkedThresholds(kind, Checks.required(starThresholds, "starThresholds"));
        if (places < 1) {
            throw CivilityException.of(AppraisalError.PLACES_INVALID, "places", places);
        }
        this.places = places;
        this.createdBy = Checks.required(createdBy, "createdBy");
        this.createdAt = Checks.required(createdAt, "createdAt");
        this.phase = Checks.required(phase, "phase");
        this.votingWindow = Checks.required(votingWindow, "votingWindow");
        this.noticeStarts = Checks.required(noticeStarts, "noticeStarts");
        this.noticeEnds = Checks.required(noticeEnds, "noticeEnds");
        this.awardedAt = Checks.required(awardedAt, "awardedAt");
        this.nominations = new ArrayList<>(Checks.required(nominations, "nominations"));
        this.votes = new ArrayList<>(Checks.required(votes, "votes"));
        this.objections = new ArrayList<>(Checks.required(objections, "objections"));
        this.version = version;
        checkState();
    }

    /**
     * Starts a campaign in NOMINATING.
     *
     * @param starThresholds votes needed for 1, 2, … stars (1 to 5 levels, strictly ascending) for a
     *                       star-rated kind; empty for any other kind
     * @param places         how many win a campaign that is not star-rated (ignored, but at least 1, otherwise)
     * @throws CivilityException REQUIRED, {@link AppraisalError#THRESHOLDS_INVALID}, {@link AppraisalError#PLACES_INVALID}
     */
    public static AppraisalCampaign start(CampaignId id, UnitId unit, AppraisalKind kind, String title, int year,
                                          List<String> criteria, List<Integer> starThresholds, int places,
                                          String createdBy, Instant createdAt) {
        return new AppraisalCampaign(id, unit, kind, title, year, criteria, starThresholds, places, createdBy,
                createdAt, CampaignPhase.NOMINATING, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), 0);
    }

    /** Rebuilds a stored campaign, checking the invariants again. For persistence adapters. */
    public static AppraisalCampaign restore(CampaignId id, UnitId unit, AppraisalKind kind, String title, int year,
                                            List<String> criteria, List<Integer> starThresholds, int places,
                                            String createdBy, Instant createdAt, CampaignPhase phase,
                                            Optional<VotingWindow> votingWindow, Optional<Instant> noticeStarts,
                                            Optional<Instant> noticeEnds, Optional<Instant> awardedAt,
                                            List<Nomination> nominations, List<Vote> votes,
                                            List<Objection> objections, long version) {
        return new AppraisalCampaign(id, unit, kind, title, year, criteria, starThresholds, places, createdBy,
                createdAt, phase, votingWindow, noticeStarts, noticeEnds, awardedAt, nominations, votes, objections,
                version);
    }

    /**
     * Nominates a household or a person (R-APPR-1: only while NOMINATING).
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#ALREADY_NOMINATED}
     */
    public Nomination nominate(NominationId nominationId, Nominee nominee, String reason, String by, Instant at) {
        requirePhase(CampaignPhase.NOMINATING, "nominate");
        boolean known = nominations.stream().anyMatch(n -> n.nominee().equals(nominee));
        if (known) {
            throw CivilityException.of(AppraisalError.ALREADY_NOMINATED, "campaign", id,
                    "household", nominee.household(), "person", nominee.person().orElse(""));
        }
        Nomination nomination = new Nomination(nominationId, nominee, reason, by, at, NominationStatus.NOMINATED,
                Optional.empty());
        nominations.add(nomination);
        return nomination;
    }

    /**
     * Opens voting for the window (R-APPR-1).
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#NO_NOMINATIONS}
     */
    public void openVoting(VotingWindow window) {
        requirePhase(CampaignPhase.NOMINATING, "openVoting");
        Checks.required(window, "window");
        if (nominations.isEmpty()) {
            throw CivilityException.of(AppraisalError.NO_NOMINATIONS, "campaign", id);
        }
        this.votingWindow = Optional.of(window);
        this.phase = CampaignPhase.VOTING;
    }

    /** True if the household has voted in this campaign. */
    public boolean hasVoted(HouseholdId household) {
        return votes.stream().anyMatch(v -> v.household().equals(household));
    }

    /**
     * Casts a household's vote (R-APPR-1: once per household, inside the window, for a nomination of
     * this campaign). Whether the household belongs to the unit is the service's check.
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#OUTSIDE_WINDOW},
     *                           {@link AppraisalError#ONE_VOTE_PER_HOUSEHOLD}, NOT-FOUND for an unknown nomination
     */
    public void vote(Vote vote) {
        requirePhase(CampaignPhase.VOTING, "vote");
        VotingWindow window = votingWindow.orElseThrow();
        if (!window.contains(vote.castAt())) {
            throw CivilityException.of(AppraisalError.OUTSIDE_WINDOW, "campaign", id, "opens", window.opens(),
                    "closes", window.closes(), "at", vote.castAt());
        }
        nomination(vote.nomination());
        if (hasVoted(vote.household())) {
            throw CivilityException.of(AppraisalError.ONE_VOTE_PER_HOUSEHOLD, "campaign", id,
                    "household", vote.household(), "reason", "voted already");
        }
        votes.add(vote);
    }

    /** Votes cast for a nomination. */
    public int votesFor(NominationId nomination) {
        return (int) votes.stream().filter(v -> v.nomination().equals(nomination)).count();
    }

    /**
     * Closes voting once its window has ended, picks the shortlist and starts the public notice of
     * {@code noticePeriod}.
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#VOTING_RUNNING}
     */
    public void closeVoting(Instant at, Duration noticePeriod) {
        requirePhase(CampaignPhase.VOTING, "closeVoting");
        Instant closes = votingWindow.orElseThrow().closes();
        if (at.isBefore(closes)) {
            throw CivilityException.of(AppraisalError.VOTING_RUNNING, "campaign", id, "closes", closes, "at", at);
        }
        shortlist();
        this.noticeStarts = Optional.of(at);
        this.noticeEnds = Optional.of(at.plus(noticePeriod));
        this.phase = CampaignPhase.PUBLIC_NOTICE;
    }

    private void shortlist() {
        List<Nomination> candidates = nominations.stream()
                .filter(n -> n.status() == NominationStatus.NOMINATED).toList();
        int cut = 1;
        if (!kind.starRated()) {
            List<Integer> counts = candidates.stream().map(n -> votesFor(n.id()))
                    .sorted(Comparator.reverseOrder()).toList();
            if (counts.size() >= places) {
                cut = Math.max(1, counts.get(places - 1));
            }
        }
        for (Nomination n : candidates) {
            int count = votesFor(n.id());
            Nomination decided;
            if (kind.starRated()) {
                int stars = (int) starThresholds.stream().filter(t -> count >= t).count();
                decided = stars > 0 ? n.with(NominationStatus.SHORTLISTED, Optional.of(stars))
                        : n.with(NominationStatus.NOT_SELECTED);
            } else {
                decided = n.with(count >= cut ? NominationStatus.SHORTLISTED : NominationStatus.NOT_SELECTED);
            }
            replace(decided);
        }
    }

    /**
     * Raises an objection against a nomination on notice; suspends it until resolved.
     *
     * @throws CivilityException {@link AppraisalError#PHASE} (also once the notice period ended),
     *                           {@link AppraisalError#NOMINATION_STATE}, NOT-FOUND
     */
    public Objection object(ObjectionId objectionId, NominationId nominationId, String by, String reason, Instant at) {
        requirePhase(CampaignPhase.PUBLIC_NOTICE, "object");
        if (!at.isBefore(noticeEnds.orElseThrow())) {
            throw CivilityException.of(AppraisalError.PHASE, "campaign", id, "phase", "NOTICE_ENDED", "action", "object");
        }
        Nomination nomination = nomination(nominationId);
        if (nomination.status() != NominationStatus.SHORTLISTED && nomination.status() != NominationStatus.SUSPENDED) {
            throw CivilityException.of(AppraisalError.NOMINATION_STATE, "campaign", id, "nomination", nominationId,
                    "status", nomination.status(), "action", "object");
        }
        Objection objection = Objection.raise(objectionId, nominationId, by, reason, at);
        objections.add(objection);
        replace(nomination.with(NominationStatus.SUSPENDED));
        return objection;
    }

    /**
     * Resolves an open objection: upheld withdraws the nomination; dismissed puts it back on notice once
     * no other objection against it is open.
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#OBJECTION_RESOLVED}, NOT-FOUND
     */
    public Objection resolveObjection(ObjectionId objectionId, boolean upheld, String by, String note, Instant at) {
        requirePhase(CampaignPhase.PUBLIC_NOTICE, "resolveObjection");
        Objection objection = objection(objectionId);
        if (!objection.open()) {
            throw CivilityException.of(AppraisalError.OBJECTION_RESOLVED, "campaign", id, "objection", objectionId,
                    "status", objection.status());
        }
        Objection resolved = objection.resolve(upheld, by, note, at);
        objections.set(objections.indexOf(objection), resolved);
        Nomination nomination = nomination(objection.nomination());
        if (upheld) {
            replace(nomination.with(NominationStatus.WITHDRAWN));
        } else if (nomination.status() == NominationStatus.SUSPENDED
                && objections.stream().noneMatch(o -> o.open() && o.nomination().equals(nomination.id()))) {
            replace(nomination.with(NominationStatus.SHORTLISTED));
        }
        return resolved;
    }

    /**
     * Makes the shortlist stand once the notice period has ended without open objections.
     *
     * @return the awarded nominations
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#NOTICE_RUNNING},
     *                           {@link AppraisalError#OBJECTIONS_OPEN}
     */
    public List<Nomination> award(Instant at) {
        requirePhase(CampaignPhase.PUBLIC_NOTICE, "award");
        Instant ends = noticeEnds.orElseThrow();
        if (at.isBefore(ends)) {
            throw CivilityException.of(AppraisalError.NOTICE_RUNNING, "campaign", id, "noticeEnds", ends, "at", at);
        }
        long open = objections.stream().filter(Objection::open).count();
        if (open > 0) {
            throw CivilityException.of(AppraisalError.OBJECTIONS_OPEN, "campaign", id, "open", open);
        }
        List<Nomination> awarded = new ArrayList<>();
        for (Nomination n : List.copyOf(nominations)) {
            if (n.status() == NominationStatus.SHORTLISTED) {
                Nomination a = n.with(NominationStatus.AWARDED);
                replace(a);
                awarded.add(a);
            }
        }
        this.awardedAt = Optional.of(at);
        this.phase = CampaignPhase.AWARDED;
        return List.copyOf(awarded);
    }

    /** @throws CivilityException NOT-FOUND */
    public Nomination nomination(NominationId nominationId) {
        return nominations.stream().filter(n -> n.id().equals(nominationId)).findFirst()
                .orElseThrow(() -> CivilityException.of(org.civility.core.shared.SharedError.NOT_FOUND,
                        "what", "nomination", "id", nominationId));
    }

    /** @throws CivilityException NOT-FOUND */
    public Objection objection(ObjectionId objectionId) {
        return objections.stream().filter(o -> o.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> CivilityException.of(org.civility.core.shared.SharedError.NOT_FOUND,
                        "what", "objection", "id", objectionId));
    }

    private void replace(Nomination nomination) {
        for (int i = 0; i < nominations.size(); i++) {
            if (nominations.get(i).id().equals(nomination.id())) {
                nominations.set(i, nomination);
                return;
            }
        }
    }

    private void requirePhase(CampaignPhase expected, String action) {
        if (phase != expected) {
            throw CivilityException.of(AppraisalError.PHASE, "campaign", id, "phase", phase, "action", action);
        }
    }

    private static List<Integer> checkedThresholds(AppraisalKind kind, List<Integer> thresholds) {
        List<Integer> copy = List.copyOf(thresholds);
        boolean valid = kind.starRated() ? !copy.isEmpty() && copy.size() <= 5 : copy.isEmpty();
        for (int i = 0; valid && i < copy.size(); i++) {
            valid = copy.get(i) > 0 && (i == 0 || copy.get(i) > copy.get(i - 1));
        }
        if (!valid) {
            throw CivilityException.of(AppraisalError.THRESHOLDS_INVALID, "thresholds", copy);
        }
        return copy;
    }

    private void checkState() {
        int rank = phase.ordinal();
        boolean valid = version >= 0
                && votingWindow.isPresent() == (rank >= CampaignPhase.VOTING.ordinal())
                && noticeStarts.isPresent() == (rank >= CampaignPhase.PUBLIC_NOTICE.ordinal())
                && noticeEnds.isPresent() == noticeStarts.isPresent()
                && awardedAt.isPresent() == (phase == CampaignPhase.AWARDED);
        Set<NominationId> ids = new HashSet<>();
        nominations.forEach(n -> ids.add(n.id()));
        Set<HouseholdId> voted = new HashSet<>();
        valid = valid && ids.size() == nominations.size()
                && votes.stream().allMatch(v -> ids.contains(v.nomination()) && voted.add(v.household()))
                && objections.stream().allMatch(o -> ids.contains(o.nomination()));
        if (!valid) {
            throw CivilityException.of(AppraisalError.STATE_INVALID, "what", "campaign", "id", id,
                    "reason", "inconsistent phase, votes or objections");
        }
    }

    public CampaignId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public AppraisalKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The year the awards are for. */
    public int year() {
        return year;
    }

    public List<String> criteria() {
        return criteria;
    }

    /** Votes needed for 1, 2, … stars; empty unless star-rated. */
    public List<Integer> starThresholds() {
        return starThresholds;
    }

    public int places() {
        return places;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CampaignPhase phase() {
        return phase;
    }

    public Optional<VotingWindow> votingWindow() {
        return votingWindow;
    }

    public Optional<Instant> noticeStarts() {
        return noticeStarts;
    }

    public Optional<Instant> noticeEnds() {
        return noticeEnds;
    }

    public Optional<Instant> awardedAt() {
        return awardedAt;
    }

    /** In the order nominated. */
    public List<Nomination> nominations() {
        return List.copyOf(nominations);
    }

    /** In the order cast. */
    public List<Vote> votes() {
        return List.copyOf(votes);
    }

    /** In the order raised. */
    public List<Objection> objections() {
        return List.copyOf(objections);
    }

    public long version() {
        return version;
    }
}
