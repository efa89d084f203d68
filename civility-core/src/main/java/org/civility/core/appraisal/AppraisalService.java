package org.civility.core.appraisal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Households and appraisal campaigns as the portal uses them (评, DOMAIN §4, R-APPR-1). Every method
 * checks access at the unit before acting: MANAGE_APPRAISALS runs campaigns and registers households,
 * VOTE lets a resident vote for their household and object during notice, VIEW reads. Phase checks
 * use the service's clock.
 *
 * <p>Transactions: a portal runs each command in one transaction. {@link #award} stores the campaign
 * and then every awarded household; the campaign's version makes a concurrent second award fail.
 */
public final class AppraisalService {

    private final HouseholdRepository households;
    private final AppraisalCampaignRepository campaigns;
    private final AccessControl access;
    private final PolicySettings settings;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final OneVotePerHouseholdPolicy oneVotePerHousehold = new OneVotePerHouseholdPolicy();

    public AppraisalService(HouseholdRepository households, AppraisalCampaignRepository campaigns,
                            AccessControl access, PolicySettings settings, Clock clock, IdSource ids,
                            EventPublisher events) {
        this.households = requireNonNull(households, "households");
        this.campaigns = requireNonNull(campaigns, "campaigns");
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Registers a household with its voting members. Needs MANAGE_APPRAISALS at the unit.
     *
     * @throws CivilityException {@link AppraisalError#VOTER_TAKEN} if an account votes for another household of the unit
     */
    public Household registerHousehold(Actor actor, RegisterHousehold command) {
        access.require(actor, Permission.MANAGE_APPRAISALS, Checks.required(command.unit(), "unit"));
        Household household = Household.register(new HouseholdId(ids.nextId()), command.unit(), command.head(),
                command.address(), Optional.ofNullable(command.grid()), command.members(),
                Checks.required(command.voters(), "voters"));
        household.voters().forEach(account -> requireFreeVoter(household, account));
        Household stored = households.store(household);
        events.publish(new HouseholdRegistered(stored.id(), stored.unit(), stored.head(), now()));
        return stored;
    }

    /** Links a resident's account to a household. Needs MANAGE_APPRAISALS at its unit. */
    public Household linkVoter(Actor actor, LinkVoter command) {
        return linkVoter(actor, command, null);
    }

    /**
     * As {@link #linkVoter(Actor, LinkVoter)}, if the household is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Household linkVoter(Actor actor, LinkVoter command, Long expectedVersion) {
        Household household = household(command.household());
        access.require(actor, Permission.MANAGE_APPRAISALS, household.unit());
        ExpectedVersion.check("household", household.id(), expectedVersion, household.version());
        String account = Checks.required(command.account(), "account");
        requireFreeVoter(household, account);
        household.addVoter(account);
        return households.store(household);
    }

    /** One household: for its own voters, and for those who run appraisals at its unit (MANAGE_APPRAISALS). */
    public Household getHousehold(Actor actor, HouseholdId id) {
        Household household = household(id);
        if (!household.voters().contains(actor.name())) {
            access.require(actor, Permission.MANAGE_APPRAISALS, household.unit());
        }
        return household;
    }

    /**
     * Households of a unit, ordered by head. The register names heads, addresses and voters' accounts: it is for
     * those who run appraisals there (MANAGE_APPRAISALS) and for the residents' committee, who pick the household of a
     * good person they confirm (CONFIRM_RECOMMENDATIONS, R-APPR-2), not for every resident.
     */
    public Page<Household> listHouseholds(Actor actor, UnitId unit, PageRequest page) {
        if (!access.permits(actor, Permission.CONFIRM_RECOMMENDATIONS, unit)) {
            access.require(actor, Permission.MANAGE_APPRAISALS, unit);
        }
        return households.byUnit(unit, page);
    }

    /** A household's awards over the years, oldest first: public honours, so VIEW at its unit is enough. */
    public List<HouseholdAward> history(Actor actor, HouseholdId id) {
        Household household = household(id);
        access.require(actor, Permission.VIEW, household.unit());
        return household.history();
    }

    /** Starts a campaign in NOMINATING. Needs MANAGE_APPRAISALS at the unit. */
    public AppraisalCampaign start(Actor actor, StartCampaign command) {
        access.require(actor, Permission.MANAGE_APPRAISALS, Checks.required(command.unit(), "unit"));
        AppraisalCampaign campaign = AppraisalCampaign.start(new CampaignId(ids.nextId()), command.unit(),
                command.kind(), command.title(), command.year(), command.criteria(), command.starThresholds(),
                command.places(), actor.name(), now());
        AppraisalCampaign stored = campaigns.store(campaign);
        events.publish(new CampaignStarted(stored.id(), stored.unit(), stored.kind(), stored.title(), actor.name(),
                stored.createdAt()));
        return stored;
    }

    /** Needs VIEW at the campaign's unit. */
    public AppraisalCampaign get(Actor actor, CampaignId id) {
        AppraisalCampaign campaign = campaign(id);
        access.require(actor, Permission.VIEW, campaign.unit());
        return campaign;
    }

    /** Campaigns of a unit, newest year first. Needs VIEW there. */
    public Page<AppraisalCampaign> list(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return campaigns.byUnit(unit, page);
    }

    /**
     * Nominates a household of the campaign's unit or a person of it (only while NOMINATING). Needs
     * MANAGE_APPRAISALS at the unit.
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#NOMINEE_OUTSIDE_UNIT},
     *                           {@link AppraisalError#ALREADY_NOMINATED}
     */
    public AppraisalCampaign nominate(Actor actor, Nominate command) {
        return nominate(actor, command, null);
    }

    /**
     * As {@link #nominate(Actor, Nominate)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign nominate(Actor actor, Nominate command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.MANAGE_APPRAISALS, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        Nominee nominee = Checks.required(command.nominee(), "nominee");
        Household household = household(nominee.household());
        if (!household.unit().equals(campaign.unit())) {
            throw CivilityException.of(AppraisalError.NOMINEE_OUTSIDE_UNIT, "campaign", campaign.id(),
                    "household", household.id());
        }
        Instant at = now();
        Nomination nomination = campaign.nominate(new NominationId(ids.nextId()), nominee, command.reason(),
                actor.name(), at);
        AppraisalCampaign stored = campaigns.store(campaign);
        events.publish(new NomineeNominated(stored.id(), stored.unit(), nomination.id(), nominee, actor.name(), at));
        return stored;
    }

    /** Opens the voting window. Needs MANAGE_APPRAISALS at the unit. */
    public AppraisalCampaign openVoting(Actor actor, OpenVoting command) {
        return openVoting(actor, command, null);
    }

    /**
     * As {@link #openVoting(Actor, OpenVoting)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign openVoting(Actor actor, OpenVoting command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.MANAGE_APPRAISALS, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        VotingWindow window = new VotingWindow(command.opens(), command.closes());
        campaign.openVoting(window);
        AppraisalCampaign stored = campaigns.store(campaign);
        events.publish(new VotingOpened(stored.id(), stored.unit(), window, actor.name(), now()));
        return stored;
    }

    /**
     * Casts the actor's household's vote. Needs VOTE at the unit, and the actor must be a registered
     * voting member of the household.
     *
     * @throws CivilityException {@link AppraisalError#ONE_VOTE_PER_HOUSEHOLD} (R-APPR-1: voted already or
     *                           a household of another unit), {@link AppraisalError#NOT_A_MEMBER},
     *                           {@link AppraisalError#OUTSIDE_WINDOW}, {@link AppraisalError#PHASE}
     */
    public AppraisalCampaign vote(Actor actor, CastVote command) {
        return vote(actor, command, null);
    }

    /**
     * As {@link #vote(Actor, CastVote)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign vote(Actor actor, CastVote command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.VOTE, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        Household household = household(command.household());
        if (!household.hasVoter(actor.name())) {
            throw CivilityException.of(AppraisalError.NOT_A_MEMBER, "actor", actor.name(), "household", household.id());
        }
        oneVotePerHousehold.evaluate(new VoteRequest(campaign.id(), campaign.unit(), household.id(), household.unit(),
                campaign.hasVoted(household.id()))).orThrow();
        Instant at = now();
        campaign.vote(new Vote(household.id(), Checks.required(command.nomination(), "nomination"), actor.name(), at));
        AppraisalCampaign stored = campaigns.store(campaign);
        events.publish(new VoteCast(stored.id(), stored.unit(), household.id(), command.nomination(), actor.name(), at));
        return stored;
    }

    /**
     * Closes voting once its window has ended and starts the public notice for the unit's
     * {@link AppraisalSettings#NOTICE_DAYS}. Needs MANAGE_APPRAISALS at the unit.
     */
    public AppraisalCampaign closeVoting(Actor actor, CloseVoting command) {
        return closeVoting(actor, command, null);
    }

    /**
     * As {@link #closeVoting(Actor, CloseVoting)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign closeVoting(Actor actor, CloseVoting command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.MANAGE_APPRAISALS, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        Instant at = now();
        int days = settings.effective(AppraisalSettings.NOTICE_DAYS, campaign.unit());
        campaign.closeVoting(at, Duration.ofDays(days));
        AppraisalCampaign stored = campaigns.store(campaign);
        List<NominationId> shortlist = stored.nominations().stream()
                .filter(n -> n.status() == NominationStatus.SHORTLISTED).map(Nomination::id).toList();
        events.publish(new PublicNoticeStarted(stored.id(), stored.unit(), stored.noticeEnds().orElseThrow(),
                shortlist, actor.name(), at));
        return stored;
    }

    /** Objects to a nomination on notice; suspends it. Needs VOTE at the unit. */
    public AppraisalCampaign object(Actor actor, RaiseObjection command) {
        return object(actor, command, null);
    }

    /**
     * As {@link #object(Actor, RaiseObjection)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign object(Actor actor, RaiseObjection command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.VOTE, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        Instant at = now();
        Objection objection = campaign.object(new ObjectionId(ids.nextId()),
                Checks.required(command.nomination(), "nomination"), actor.name(), command.reason(), at);
        AppraisalCampaign stored = campaigns.store(campaign);
        events.publish(new ObjectionRaised(stored.id(), stored.unit(), objection.id(), objection.nomination(),
                actor.name(), at));
        return stored;
    }

    /** Upholds or dismisses an objection. Needs MANAGE_APPRAISALS at the unit. */
    public AppraisalCampaign resolveObjection(Actor actor, ResolveObjection command) {
        return resolveObjection(actor, command, null);
    }

    /**
     * As {@link #resolveObjection(Actor, ResolveObjection)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign resolveObjection(Actor actor, ResolveObjection command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.MANAGE_APPRAISALS, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        Instant at = now();
        Objection resolved = campaign.resolveObjection(Checks.required(command.objection(), "objection"),
                command.upheld(), actor.name(), command.note(), at);
        AppraisalCampaign stored = campaigns.store(campaign);
        events.publish(new ObjectionResolved(stored.id(), stored.unit(), resolved.id(), resolved.nomination(),
                resolved.status(), actor.name(), at));
        return stored;
    }

    /**
     * Makes the shortlist stand once the notice period has ended without open objections, and records
     * each award in its household's history. Needs MANAGE_APPRAISALS at the unit.
     */
    public AppraisalCampaign award(Actor actor, AwardCampaign command) {
        return award(actor, command, null);
    }

    /**
     * As {@link #award(Actor, AwardCampaign)}, if the campaign is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public AppraisalCampaign award(Actor actor, AwardCampaign command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.MANAGE_APPRAISALS, campaign.unit());
        ExpectedVersion.check("campaign", campaign.id(), expectedVersion, campaign.version());
        Instant at = now();
        List<Nomination> awarded = campaign.award(at);
        AppraisalCampaign stored = campaigns.store(campaign);
        for (Nomination n : awarded) {
            Household household = household(n.nominee().household());
            household.recordAward(new HouseholdAward(stored.id(), stored.kind(), stored.title(), stored.year(),
                    n.nominee().person(), n.stars(), at));
            households.store(household);
        }
        events.publish(new CampaignAwarded(stored.id(), stored.unit(), awarded.stream().map(Nomination::id).toList(),
                actor.name(), at));
        return stored;
    }

    private void requireFreeVoter(Household household, String account) {
        households.withVoter(household.unit(), account).stream()
                .filter(h -> !h.id().equals(household.id()))
                .findFirst()
                .ifPresent(other -> {
                    throw CivilityException.of(AppraisalError.VOTER_TAKEN, "account", account, "household", other.id());
                });
    }

    private Household household(HouseholdId id) {
        Checks.required(id, "household");
        return households.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "household", "id", id));
    }

    private AppraisalCampaign campaign(CampaignId id) {
        Checks.required(id, "campaign");
        return campaigns.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "campaign", "id", id));
    }

    private Instant now() {
        return clock.instant();
    }
}
