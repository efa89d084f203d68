package org.civility.benchmarks.county;

import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.order.Assignee;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.OrderStep;
import org.civility.core.order.Rating;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainHead;
import org.civility.core.record.ChainSeal;
import org.civility.core.record.RecordFlag;
import org.civility.core.record.RecordSource;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.TeamKind;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerOrigin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills one station's share of the county: its volunteers, teams, project menu, activities, offers and orders, and
 * its service record chain. Orders are driven through core's own {@link ServiceOrder} verbs, so that every stored
 * order is one core can restore; entries are made by {@link ServiceRecord#chained}, so that each hash is the one
 * core computes, and the chain ends at a head sealed with the installation's {@link ChainSeal}.
 *
 * <p>Volunteers serve at their home station. A volunteer serves at most once a day, which keeps R-REC-1 (nobody
 * serves in two places at once) without comparing times. Everything is drawn from one seeded random source per
 * station, so a station's rows are the same on every run.
 */
final class StationFill {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SKILLS = {"理论宣讲", "政策解读", "法律咨询", "义诊", "心理疏导", "家电维修", "理发",
            "书法", "摄影", "舞蹈", "合唱", "器乐", "太极拳", "广场舞", "电脑教学", "手机使用指导", "农技指导", "种植养殖",
            "垃圾分类", "环境整治", "文明交通", "关爱老人", "儿童托管", "作业辅导", "助残", "应急救护", "消防安全", "反诈宣传",
            "电商直播", "红色讲解"};
    private static final String[][] TITLES = {
            {"党的二十大精神进基层", "乡村振兴政策解读", "民法典与百姓生活", "防范电信诈骗讲座", "垃圾分类知识讲座",
                    "健康生活方式讲座", "红色故事分享会", "科学种植技术培训"},
            {"星级文明户评选", "好媳妇好婆婆评议会", "最美家庭推选", "身边好人评议"},
            {"走访慰问空巢老人", "留守儿童结对关爱", "困难家庭上门帮扶", "助残志愿服务", "义诊进村"},
            {"广场舞展演", "村晚文艺汇演", "农民运动会", "书画交流会", "读书分享会"},
            {"我们的节日·春节", "我们的节日·元宵", "我们的节日·清明", "我们的节日·端午", "我们的节日·七夕",
                    "我们的节日·中秋", "我们的节日·重阳"}};
    private static final String[] VENUES = {"文化礼堂", "党群服务中心", "道德讲堂", "农家书屋", "健身广场", "老年活动室"};
    private static final String[] MENU = {"上门理发", "家电维修", "法律咨询", "代购代办", "陪同就医", "心理疏导", "义诊",
            "作业辅导"};
    private static final String[] WISHES = {"帮忙修理漏水的水龙头", "想学用智能手机挂号", "需要有人陪同去医院复查",
            "希望有人辅导孩子作业", "家里老人需要理发", "想了解养老保险政策", "希望有人帮忙打扫院子", "想学习网上缴费"};
    private static final String[] TEAM_NAMES = {"专家服务队", "专业服务队", "志愿服务队", "五老宣讲团", "草根宣讲队"};
    private static final String[] COMMENTS = {"服务很好，谢谢！", "志愿者很耐心", "非常及时", "", ""};
    /** Target statuses weighted as a year's orders end up: most served and rated, some still under way. */
    private static final OrderStatus[] STATUSES = OrderStatus.values();
    private static final int[] STATUS_WEIGHTS = {5, 5, 5, 5, 5, 5, 3, 20, 30, 17};
    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int BUSY_WORDS = 6;

    private final CountySize size;
    private final CountyMap.Station station;
    private final UnitId unit;
    private final int year;
    private final int days;
    private final ChainSeal seal;
    private final CountyTables out;
    private final SplittableRandom random;
    private final String staff;

    private UUID[] volunteers;
    private long[] busy;
    private final List<UUID> teams = new ArrayList<>();
    private final List<UUID> menu = new ArrayList<>();
    private final List<String> menuNames = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();

    /** A held activity: where attendance can be recorded. */
    private record Held(UUID id, int day, Instant start, Instant end, String title, String place) {
    }

    /** An entry before its place in the chain is known (the chain follows the recording times). */
    private record Draft(UUID id, UUID volunteer, UUID activity, String description, String where, Instant start,
                         Instant end, Instant scheduledEnd, int minutes, RecordSource source, boolean flagged,
                         String recordedBy, Instant recordedAt, UUID corrects, int made) {
    }

    StationFill(CountySize size, CountyMap.Station station, int year, long seed, ChainSeal seal, CountyTables out) {
        this.size = size;
        this.station = station;
        this.unit = new UnitId(station.id());
        this.year = year;
        this.days = LocalDate.of(year, 12, 31).getDayOfYear();
        this.seal = seal;
        this.out = out;
        // A seeded SplittableRandom walks seed + k × its fixed gamma: seeds that differ by a multiple of the gamma
        // (seed ^ (gamma × (i + 1)) does for some pairs of stations) give the same ids shifted by a few draws.
        // Scrambling the seed once scatters the stations' streams over the whole 64-bit range.
        this.random = new SplittableRandom(new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (station.index() + 1L)))
                .nextLong());
        this.staff = "admin-" + station.regionCode();
    }

    void fill() {
        volunteers();
        teams();
        menu();
        activities();
        offers();
        int budget = size.perStation(size.records(), station.index());
        budget = orders(budget);
        attendance(budget);
        chain();
    }

    private void volunteers() {
        int n = size.perStation(size.volunteers(), station.index());
        long first = (long) station.index() * (size.volunteers() / size.stations())
                + Math.min(station.index(), size.volunteers() % size.stations());
        volunteers = new UUID[n];
        busy = new long[n * BUSY_WORDS];
        Instant since = at(LocalDate.of(year - 3, 1, 1), 9 * 60);
        VolunteerOrigin[] origins = VolunteerOrigin.values();
        for (int i = 0; i < n; i++) {
            UUID id = id();
            volunteers[i] = id;
            out.volunteers.row(id, station.id(), FakePeople.name(random),
                    FakePeople.residentId(station.addressCode(), first + i), FakePeople.phone(random),
                    origins[random.nextInt(origins.length)], null, null, null, null,
                    since.plus(Duration.ofMinutes(random.nextLong(3L * 365 * MINUTES_PER_DAY))),
                    random.nextInt(100) == 0 ? "SUSPENDED" : "ACTIVE", 0);
            for (String skill : pick(SKILLS, random.nextInt(4))) {
                out.volunteerSkills.row(id, skill);
            }
        }
    }

    private void teams() {
        Instant formed = at(LocalDate.of(year - 1, 3, 1), 10 * 60);
        TeamKind[] kinds = TeamKind.values();
        for (int t = 0; t < size.teamsPerStation(); t++) {
            TeamKind kind = kinds[t % kinds.length];
            UUID id = id();
            teams.add(id);
            out.teams.row(id, station.id(), kind, station.shortName() + TEAM_NAMES[t % kinds.length]
                    + (t < kinds.length ? "" : (t / kinds.length + 1)), formed, 0);
            int members = Math.min(volunteers.length, kind == TeamKind.VOLUNTEER ? 20 + random.nextInt(21)
                    : 5 + random.nextInt(8));
            for (int v : sample(volunteers.length, members)) {
                FiveEldersCategory[] categories = FiveEldersCategory.values();
                Profession[] professions = Profession.values();
                out.teamMembers.row(id, volunteers[v],
                        kind == TeamKind.FIVE_ELDERS ? categories[random.nextInt(categories.length)] : null,
                        kind == TeamKind.PROFESSIONAL ? professions[random.nextInt(professions.length)] : null,
                        formed.plus(Duration.ofDays(random.nextInt(300))));
            }
        }
    }

    private void menu() {
        for (String name : pick(MENU, size.menuItemsPerStation())) {
            UUID id = id();
            menu.add(id);
            menuNames.add(name);
            out.menuItems.row(id, station.id(), name, "由本站志愿者提供的" + name + "服务", true, 0);
        }
    }

    private void activities() {
        int n = size.perStation(size.activities(), station.index());
        PracticeForm[] forms = PracticeForm.values();
        Theme[] themes = Theme.values();
        for (int i = 0; i < n; i++) {
            PracticeForm form = forms[random.nextInt(forms.length)];
            String[] titles = TITLES[form.ordinal()];
            String title = station.shortName() + "·" + titles[random.nextInt(titles.length)];
            int day = random.nextInt(days);
            int startMinute = (new int[] {9 * 60, 14 * 60, 19 * 60})[random.nextInt(3)];
            Instant start = at(day, startMinute);
            Instant end = start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(5)));
            int roll = random.nextInt(100);
            ActivityStatus status = roll < 85 ? ActivityStatus.HELD : roll < 90 ? ActivityStatus.CANCELLED
                    : ActivityStatus.PLANNED;
            String place = station.shortName() + VENUES[random.nextInt(VENUES.length)];
            UUID id = id();
            out.activities.row(id, station.id(), form, title, "在" + place + "举办" + title + "。", start, end, null,
                    form == PracticeForm.RECREATION ? 30 + 10 * random.nextInt(8) : null,
                    start.minus(Duration.ofDays(3 + random.nextInt(12))), status,
                    status == ActivityStatus.PLANNED ? 0 : 1);
            EnumSet<Theme> chosen = EnumSet.of(themes[random.nextInt(themes.length)]);
            if (random.nextBoolean()) {
                chosen.add(themes[random.nextInt(themes.length)]);
            }
            chosen.forEach(theme -> out.activityThemes.row(id, theme));
            if (status == ActivityStatus.HELD) {
                held.add(new Held(id, day, start, end, title, place));
            }
        }
    }

    private void offers() {
        int n = size.perStation(size.offers(), station.index());
        int byTeams = Math.min(teams.size(), n / 10);
        int byVolunteers = Math.min(volunteers.length, n - byTeams);
        double lat = 30.25 + (random.nextDouble() - 0.5) * 1.2;
        double lon = 120.15 + (random.nextDouble() - 0.5) * 1.2;
        List<UUID> owners = new ArrayList<>();
        for (int v : sample(volunteers.length, byVolunteers)) {
            owners.add(volunteers[v]);
        }
        owners.addAll(teams.subList(0, byTeams));
        for (int o = 0; o < owners.size(); o++) {
            UUID id = id();
            boolean located = random.nextInt(10) < 6;
            out.offers.row(id, o < byVolunteers ? "VOLUNTEER" : "TEAM", owners.get(o), station.id(),
                    "第" + (1 + random.nextInt(9)) + "网格", located ? lat + random.nextGaussian() * 0.01 : null,
                    located ? lon + random.nextGaussian() * 0.01 : null, random.nextBoolean() ? "周末和晚上可以服务" : null,
                    random.nextInt(20) > 0, 0);
            for (String skill : pick(SKILLS, 1 + random.nextInt(4))) {
                out.offerSkills.row(id, skill);
            }
            int windows = 1 + random.nextInt(4);
            for (int w = 0; w < windows; w++) {
                int start = (8 + random.nextInt(12)) * 60;
                // Monday, Wednesday, Friday, Sunday: one window a day
                out.offerWindows.row(id, w, 1 + 2 * w, start,
                        Math.min(MINUTES_PER_DAY, start + 60 * (1 + random.nextInt(4))));
            }
        }
    }

    /** Orders in every status; the served ones take entries off {@code budget}. Returns what is left of it. */
    private int orders(int budget) {
        int n = size.perStation(size.orders(), station.index());
        for (int i = 0; i < n; i++) {
            // the first orders of every station run through all statuses, so that even a tiny county has each
            OrderStatus target = i < STATUSES.length ? STATUSES[i] : weightedStatus();
            int entries = target == OrderStatus.IN_SERVICE ? 1 : target.ordinal() >= OrderStatus.COMPLETED.ordinal()
                    ? 2 : 0;
            if (entries > budget) {
                target = OrderStatus.ACCEPTED;
                entries = 0;
            }
            ServiceOrder order = order(target);
            budget -= entries;
            write(order);
        }
        return budget;
    }

    private OrderStatus weightedStatus() {
        int roll = random.nextInt(100);
        for (int s = 0; s < STATUS_WEIGHTS.length; s++) {
            roll -= STATUS_WEIGHTS[s];
            if (roll < 0) {
                return STATUSES[s];
            }
        }
        return OrderStatus.RATED;
    }

    private ServiceOrder order(OrderStatus target) {
        boolean accepted = target.ordinal() >= OrderStatus.ACCEPTED.ordinal();
        int serviceDay = 3 + random.nextInt(days - 3);
        int volunteer = -1;
        if (accepted) {
            for (int tries = 0; volunteer < 0; tries++) {
                if (tries > 1000) {
                    throw new IllegalStateException(station.name() + ": no volunteer free to serve an order");
                }
                serviceDay = 3 + random.nextInt(days - 3);
                volunteer = freeOn(serviceDay);
            }
        }
        Instant placed = at(serviceDay - 1 - random.nextInt(2), 8 * 60 + random.nextInt(12 * 60));
        String requester = "resident-" + Long.toString(random.nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
        boolean helped = random.nextInt(10) == 0;
        String placedBy = helped ? "helper-" + station.regionCode() : requester;
        String recipient = helped ? FakePeople.name(random) : requester;
        boolean fromMenu = random.nextInt(10) < 6;
        int m = random.nextInt(menu.size());
        OrderItem item = fromMenu ? new OrderItem.FromMenu(new MenuItemId(menu.get(m)))
                : new OrderItem.Wish(WISHES[random.nextInt(WISHES.length)]);
        String what = fromMenu ? menuNames.get(m) : ((OrderItem.Wish) item).text();
        ServiceOrder order = ServiceOrder.place(new ServiceOrderId(id()), unit, helped ? recipient : requester,
                placedBy, recipient, item, random.nextBoolean() ? "" : "请尽快联系我", placed, Optional.empty());
        Instant t = placed;
        if (target == OrderStatus.PLACED) {
            maybeEscalate(order, t.plus(Duration.ofHours(25)));
            return order;
        }
        if (target == OrderStatus.REJECTED && random.nextBoolean()) {
            order.reject(staff, t.plus(Duration.ofHours(2)), "不属于本站服务范围");
            return order;
        }
        order.review(staff, t = t.plus(Duration.ofHours(1)), "", false);
        switch (target) {
            case REVIEWED -> {
                if (random.nextInt(5) == 0) {
                    order.offer(staff, t = t.plus(Duration.ofHours(1)), Assignee.volunteer(volunteers[
                            random.nextInt(volunteers.length)]));
                    order.decline(account(order.offeredTo().orElseThrow().id()), t = t.plus(Duration.ofHours(1)),
                            "时间冲突");
                }
                maybeEscalate(order, t.plus(Duration.ofHours(24)));
                return order;
            }
            case REJECTED -> {
                order.reject(staff, t.plus(Duration.ofHours(1)), "已由其他渠道解决");
                return order;
            }
            case OFFERED -> {
                maybeEscalate(order, t = t.plus(Duration.ofHours(24)));
                order.offer(staff, t.plus(Duration.ofHours(1)), random.nextInt(5) == 0
                        ? Assignee.team(teams.get(random.nextInt(teams.size())))
                        : Assignee.volunteer(volunteers[random.nextInt(volunteers.length)]));
                return order;
            }
            case OPEN_FOR_GRABS -> {
                order.openForGrabs(staff, t.plus(Duration.ofHours(1)));
                maybeEscalate(order, t.plus(Duration.ofHours(25)));
                return order;
            }
            default -> {
                // accepted or later
            }
        }
        UUID server = volunteers[volunteer];
        String serverName = account(server);
        if (random.nextBoolean()) {
            order.offer(staff, t = t.plus(Duration.ofHours(1)), Assignee.volunteer(server));
        } else {
            order.openForGrabs(staff, t = t.plus(Duration.ofHours(1)));
        }
        order.accept(serverName, server, t.plus(Duration.ofHours(1)));
        if (target == OrderStatus.ACCEPTED) {
            return order;
        }
        markBusy(volunteer, serviceDay);
        Instant start = at(serviceDay, 9 * 60 + random.nextInt(8 * 60));
        Instant end = start.plus(Duration.ofMinutes(30 + random.nextInt(150)));
        Instant scheduledEnd = start.plus(Duration.ofHours(12));
        order.start(serverName, start);
        UUID checkIn = id();
        drafts.add(new Draft(checkIn, server, order.id().value(), what, "", start, null, scheduledEnd, 0,
                RecordSource.SELF_CHECK_IN, false, serverName, start, null, drafts.size()));
        if (target == OrderStatus.IN_SERVICE) {
            return order;
        }
        order.complete(serverName, end, "已上门完成" + what + "，居民满意。");
        drafts.add(new Draft(id(), server, order.id().value(), what, "", start, end, scheduledEnd, minutes(start, end),
                RecordSource.SELF_CHECK_IN, false, serverName, end, checkIn, drafts.size()));
        if (target == OrderStatus.COMPLETED) {
            return order;
        }
        if (target == OrderStatus.SHOWCASED) {
            order.consentToShowcase(serverName, end.plus(Duration.ofMinutes(5)));
        }
        order.rate(order.placedBy(), end.plus(Duration.ofHours(20)),
                new Rating(3 + random.nextInt(3), COMMENTS[random.nextInt(COMMENTS.length)]));
        if (target == OrderStatus.SHOWCASED) {
            order.showcase(staff, end.plus(Duration.ofDays(2)));
        }
        return order;
    }

    /** R-ORD-2: an order nobody took in time moves up to the institute. */
    private void maybeEscalate(ServiceOrder order, Instant at) {
        if (random.nextInt(7) == 0) {
            order.escalateTo(new UnitId(station.institute()), ServiceRecordService.SYSTEM, at);
        }
    }

    private void write(ServiceOrder o) {
        String menuItem = o.item() instanceof OrderItem.FromMenu m ? m.item().toString() : null;
        String wish = o.item() instanceof OrderItem.Wish w ? w.text() : null;
        out.orders.row(o.id(), o.unit(), o.handlingUnit(), o.requester(), o.placedBy(), o.recipient(), menuItem, wish,
                empty(o.description()), o.placedAt(), o.waitingSince(), o.status(),
                o.offeredTo().map(a -> a.kind().name()).orElse(null), o.offeredTo().map(Assignee::id).orElse(null),
                o.acceptedBy().orElse(null), o.rejectionReason().orElse(null), o.report().orElse(null),
                o.rating().map(Rating::stars).orElse(null), o.rating().map(r -> empty(r.comment())).orElse(null),
                o.showcaseConsent(), null, o.duplicateConfirmed(), o.history().size() - 1);
        List<OrderStep> steps = o.history();
        for (int p = 0; p < steps.size(); p++) {
            OrderStep s = steps.get(p);
            out.orderSteps.row(o.id(), p, s.action(), s.actor(), s.at(), empty(s.note()));
        }
    }

    /**
     * The rest of the chain: volunteers checking in and out of held activities (now and then forgetting to check
     * out, which the portal closes flagged for review) and administrators making time up.
     */
    private void attendance(int budget) {
        while (budget > 0) {
            int roll = random.nextInt(100);
            if (budget == 1 || held.isEmpty() || roll < 20) {
                makeUp();
                budget--;
                continue;
            }
            Held activity = held.get(random.nextInt(held.size()));
            int v = freeOn(activity.day());
            if (v < 0) {
                continue;
            }
            markBusy(v, activity.day());
            UUID volunteer = volunteers[v];
            String name = account(volunteer);
            Instant in = activity.start().plus(Duration.ofMinutes(random.nextInt(15)));
            UUID checkIn = id();
            drafts.add(new Draft(checkIn, volunteer, activity.id(), activity.title(), activity.place(), in, null,
                    activity.end(), 0, RecordSource.SELF_CHECK_IN, false, name, in, null, drafts.size()));
            if (roll < 28) {
                Instant closedAt = activity.end().plus(Duration.ofMinutes(5 + random.nextInt(55)));
                drafts.add(new Draft(id(), volunteer, activity.id(), activity.title(), activity.place(), in,
                        activity.end(), activity.end(), 0, RecordSource.SELF_CHECK_IN, true,
                        ServiceRecordService.SYSTEM, closedAt, checkIn, drafts.size()));
            } else {
                Instant out = activity.end().plus(Duration.ofMinutes(random.nextInt(20) - 10));
                drafts.add(new Draft(id(), volunteer, activity.id(), activity.title(), activity.place(), in, out,
                        activity.end(), minutes(in, out), RecordSource.SELF_CHECK_IN, false, name, out, checkIn,
                        drafts.size()));
            }
            budget -= 2;
        }
    }

    private void makeUp() {
        for (int tries = 0; tries < 1000; tries++) {
            int day = random.nextInt(days);
            int v = freeOn(day);
            if (v >= 0) {
                markBusy(v, day);
                Instant start = at(day, 8 * 60 + random.nextInt(9 * 60));
                Instant end = start.plus(Duration.ofMinutes(30 + random.nextInt(150)));
                drafts.add(new Draft(id(), volunteers[v], null, "补录：" + SKILLS[random.nextInt(SKILLS.length)]
                        + "志愿服务", station.shortName() + VENUES[random.nextInt(VENUES.length)], start, end, null,
                        minutes(start, end), RecordSource.ADMIN_MAKE_UP, false, staff,
                        end.plus(Duration.ofMinutes(60 + random.nextInt(47 * 60))), null, drafts.size()));
                return;
            }
        }
        throw new IllegalStateException(station.name() + ": no volunteer free for a make-up");
    }

    /** Chains the entries in the order they were recorded and seals the head, as core's appends would. */
    private void chain() {
        drafts.sort(Comparator.comparing(Draft::recordedAt).thenComparingInt(Draft::made));
        String previous = ServiceRecord.GENESIS;
        long sequence = 0;
        for (Draft d : drafts) {
            ServiceRecord r = ServiceRecord.chained(new ServiceRecordId(d.id()), unit, ++sequence, previous,
                    new VolunteerId(d.volunteer()), Optional.ofNullable(d.activity()), d.description(), d.where(),
                    Optional.empty(), d.start(), Optional.ofNullable(d.end()), Optional.ofNullable(d.scheduledEnd()),
                    d.minutes(), d.source(), d.flagged() ? EnumSet.of(RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW)
                            : Set.of(), d.recordedBy(), d.recordedAt(),
                    Optional.ofNullable(d.corrects()).map(ServiceRecordId::new));
            out.records.row(r.id(), r.unit(), r.sequence(), r.volunteer(), r.activity().orElse(null), r.description(),
                    r.where(), null, r.start(), r.end().orElse(null), r.scheduledEnd().orElse(null), r.minutes(),
                    r.source(), d.flagged() ? RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW.name() : "", r.recordedBy(),
                    r.recordedAt(), r.corrects().orElse(null), r.previousHash(), r.hash());
            previous = r.hash();
        }
        if (sequence > 0) {
            ChainHead head = seal.head(unit, sequence, previous);
            out.heads.row(head.unit(), head.sequence(), head.hash(), head.seal());
        }
    }

    /** A volunteer (index) free on {@code day}, or -1 when a few tries found none. */
    private int freeOn(int day) {
        for (int tries = 0; tries < 40; tries++) {
            int v = random.nextInt(volunteers.length);
            if ((busy[v * BUSY_WORDS + day / 64] & (1L << (day % 64))) == 0) {
                return v;
            }
        }
        return -1;
    }

    private void markBusy(int volunteer, int day) {
        busy[volunteer * BUSY_WORDS + day / 64] |= 1L << (day % 64);
    }

    private Instant at(int dayOfYear, int minuteOfDay) {
        return at(LocalDate.ofYearDay(year, Math.max(0, dayOfYear) + 1), minuteOfDay);
    }

    private static Instant at(LocalDate date, int minuteOfDay) {
        return date.atStartOfDay(ZONE).plusMinutes(minuteOfDay).toInstant();
    }

    /** A random (version 4 shaped) UUID from the station's seeded source. */
    private UUID id() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    /** The account name a volunteer signs in with (the portal's accounts are not generated). */
    private static String account(UUID volunteer) {
        return "volunteer-" + volunteer.toString().substring(0, 8);
    }

    private static int minutes(Instant start, Instant end) {
        return Math.toIntExact(Duration.between(start, end).toMinutes());
    }

    private static String empty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** {@code count} distinct indices below {@code bound}, by a partial shuffle. */
    private int[] sample(int bound, int count) {
        int[] all = new int[bound];
        for (int i = 0; i < bound; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(bound - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.copyOf(all, count);
    }

    private List<String> pick(String[] from, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i : sample(from.length, Math.min(count, from.length))) {
            chosen.add(from[i]);
        }
        return chosen;
    }
}
