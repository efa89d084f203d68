package org.civility.persistence.activity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.HeldCount;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.organisation.UnitInstant;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.InLists;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link ActivityRepository} over JPA; runs in the caller's transaction. Activities belong to stored
 * units ({@code fk_civ_activity_unit}); themes and sign-ups are rows of their own tables.
 */
public class JpaActivityRepository implements ActivityRepository {

    private final EntityManager em;

    public JpaActivityRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(ActivityEntity.class, id.toString())).map(ActivityMapper::toDomain);
    }

    @Override
    public Activity store(Activity activity) {
        requireNonNull(activity, "activity");
        // Every store is a new version, even when only sign-ups changed.
        ActivityEntity e = StoredVersions.store(em, ActivityEntity.class, "activity", activity.id(), activity.version(),
                ActivityEntity::new, row -> ActivityMapper.copy(activity, row), row -> row.version);
        return ActivityMapper.toDomain(e);
    }

    @Override
    public Page<Activity> byUnit(UnitId unit, Optional<PracticeForm> form, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(form, "form");
        requireNonNull(page, "page");
        TypedQuery<ActivityEntity> query = em.createQuery("select a from ActivityEntity a where a.unitId = :unit"
                        + (form.isPresent() ? " and a.form = :form" : "") + " order by a.startsAt, a.id",
                ActivityEntity.class).setParameter("unit", unit.toString());
        form.ifPresent(f -> query.setParameter("form", f));
        return Pages.of(query, page, ActivityMapper::toDomain);
    }

    @Override
    public List<Activity> heldByUnitBetween(UnitId unit, Instant from, Instant to, PracticeForm form) {
        requireNonNull(unit, "unit");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(form, "form");
        return em.createQuery("select a from ActivityEntity a where a.unitId = :unit and a.form = :form"
                        + " and a.status = :held and a.startsAt >= :from and a.startsAt < :to"
                        + " order by a.startsAt, a.id", ActivityEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("form", form)
                .setParameter("held", ActivityStatus.HELD)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream().map(ActivityMapper::toDomain).toList();
    }

    @Override
    public List<HeldCount> heldCounts(Collection<UnitId> units, Instant from, Instant to) {
        return InLists.read(keys(units, from, to), chunk -> em.createQuery("select a.unitId, a.form, count(a)"
                                + " from ActivityEntity a where a.unitId in :units and a.status = :held"
                                + " and a.startsAt >= :from and a.startsAt < :to group by a.unitId, a.form",
                        Object[].class)
                .setParameter("units", chunk)
                .setParameter("held", ActivityStatus.HELD)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()).stream()
                .map(row -> new HeldCount(UnitId.of((String) row[0]), (PracticeForm) row[1],
                        ((Number) row[2]).intValue()))
                .toList();
    }

    @Override
    public Map<Theme, Integer> heldThemeCounts(Collection<UnitId> units, Instant from, Instant to) {
        Map<Theme, Integer> counts = new EnumMap<>(Theme.class);
        InLists.read(keys(units, from, to), chunk -> em.createQuery("select t, count(a) from ActivityEntity a"
                                + " join a.themes t where a.unitId in :units and a.status = :held"
                                + " and a.startsAt >= :from and a.startsAt < :to group by t", Object[].class)
                        .setParameter("units", chunk)
                        .setParameter("held", ActivityStatus.HELD)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .forEach(row -> counts.merge((Theme) row[0], ((Number) row[1]).intValue(), Integer::sum));
        return counts;
    }

    @Override
    public List<UnitInstant> heldStarts(Collection<UnitId> units, PracticeForm form, Instant from, Instant to) {
        requireNonNull(form, "form");
        return InLists.read(keys(units, from, to), chunk -> em.createQuery("select a.unitId, a.startsAt"
                                + " from ActivityEntity a where a.unitId in :units and a.form = :form"
                                + " and a.status = :held and a.startsAt >= :from and a.startsAt < :to",
                        Object[].class)
                .setParameter("units", chunk)
                .setParameter("form", form)
                .setParameter("held", ActivityStatus.HELD)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()).stream()
                .map(row -> new UnitInstant(UnitId.of((String) row[0]), (Instant) row[1]))
                .sorted(Comparator.comparing(UnitInstant::at).thenComparing(u -> u.unit().toString()))
                .toList();
    }

    private static List<String> keys(Collection<UnitId> units, Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return units.stream().map(UnitId::toString).toList();
    }

    @Override
    public Page<Activity> plannedEndingAfter(UnitId unit, Instant at, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(at, "at");
        requireNonNull(page, "page");
        TypedQuery<ActivityEntity> query = em.createQuery("select a from ActivityEntity a where a.unitId = :unit"
                        + " and a.status = :planned and a.endsAt > :at order by a.startsAt, a.id", ActivityEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("planned", ActivityStatus.PLANNED)
                .setParameter("at", at);
        return Pages.of(query, page, ActivityMapper::toDomain);
    }
}
