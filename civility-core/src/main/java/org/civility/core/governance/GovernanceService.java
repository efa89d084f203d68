package org.civility.core.governance;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The settings in force at each unit, and the commands that change them.
 *
 * <p>A value set at a unit is inherited by every unit below it. The value in force at a unit
 * ({@link #effective}) is the tightest of the key's default and every value set at the unit or any
 * ancestor, so a parent that tightens later still wins over a looser value set below before. Setting
 * a value looser than what the chain above imposes (its default included) is rejected with
 * GOV-LOOSEN: a locality may tighten, never loosen.
 *
 * <p>Concurrent {@link #set}s at the same unit are last-writer-wins per unit.
 */
public final class GovernanceService implements PolicySettings {

    /** More levels than the tiers allow: guards corrupt parent links. */
    private static final int MAX_DEPTH = 16;

    private final PolicySettingsRepository settings;
    private final UnitRepository units;
    private final SettingRegistry registry;
    private final AccessControl access;
    private final Clock clock;
    private final EventPublisher events;

    public GovernanceService(PolicySettingsRepository settings, UnitRepository units, SettingRegistry registry,
                             AccessControl access, Clock clock, EventPublisher events) {
        this.settings = requireNonNull(settings, "settings");
        this.units = requireNonNull(units, "units");
        this.registry = requireNonNull(registry, "registry");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.events = requireNonNull(events, "events");
    }

    /** The tightest of the default and every value set at {@code unit} or above it; never null. */
    @Override
    public <T> T effective(SettingKey<T> key, UnitId unit) {
        List<UnitId> chain = chainFromRoot(unit);
        return resolve(key, chain, storedAlong(chain)).value();
    }

    /** The unit whose value is in force at {@code unit} (the highest if several set it); empty for the default. */
    @Override
    public <T> Optional<UnitId> decidedAt(SettingKey<T> key, UnitId unit) {
        List<UnitId> chain = chainFromRoot(unit);
        return resolve(key, chain, storedAlong(chain)).source();
    }

    /**
     * Sets a registered setting at a unit, replacing any value set there before.
     *
     * @return the setting as it now stands at the unit
     * @throws CivilityException ACCESS-DENIED without CONFIGURE_POLICIES at the unit; NOT-FOUND for
     *                           an unknown unit; GOV-UNKNOWN-SETTING; GOV-INVALID-VALUE; GOV-LOOSEN
     *                           if the value is looser than what the chain above imposes
     */
    public EffectiveSetting set(Actor actor, UnitId unit, SetPolicySetting command) {
        access.require(actor, Permission.CONFIGURE_POLICIES, unit);
        Unit target = load(unit);
        SettingKey<?> key = keyNamed(command.name());
        return setTyped(actor, target, key, command.value());
    }

    /**
     * Removes the value set at the unit itself, if any; the inherited value applies again.
     *
     * @return the setting as it now stands at the unit
     * @throws CivilityException ACCESS-DENIED; NOT-FOUND; GOV-UNKNOWN-SETTING
     */
    public EffectiveSetting clear(Actor actor, UnitId unit, String name) {
        access.require(actor, Permission.CONFIGURE_POLICIES, unit);
        load(unit);
        SettingKey<?> key = keyNamed(name);
        Map<String, LocalSetting> local = new HashMap<>(settings.find(unit));
        if (local.remove(key.name()) != null) {
            settings.store(unit, local);
            events.publish(new PolicySettingChanged(unit, key.name(), Optional.empty(), actor.name(), clock.instant()));
        }
        return describeAt(key, unit);
    }

    /**
     * Every registered setting as it stands at the unit, ordered by name. Who set a value is a
     * staff member's name: only those who may configure the unit's settings read it.
     *
     * @throws CivilityException ACCESS-DENIED without VIEW at the unit; NOT-FOUND
     */
    public List<EffectiveSetting> settingsAt(Actor actor, UnitId unit) {
        access.require(actor, Permission.VIEW, unit);
        load(unit);
        List<UnitId> chain = chainFromRoot(unit);
        Map<UnitId, Map<String, LocalSetting>> stored = storedAlong(chain);
        boolean withSetters = access.permits(actor, Permission.CONFIGURE_POLICIES, unit);
        return registry.keys().stream().map(k -> describe(k, chain, stored))
                .map(s -> withSetters ? s : withoutSetter(s)).toList();
    }

    private static EffectiveSetting withoutSetter(EffectiveSetting s) {
        return new EffectiveSetting(s.name(), s.value(), s.defaultValue(), s.source(), s.localValue(),
                Optional.empty(), s.setAt());
    }

    private <T> EffectiveSetting setTyped(Actor actor, Unit target, SettingKey<T> key, String text) {
        T value = parse(key, text);
        List<UnitId> above = chainFromRoot(target.id());
        above = above.subList(0, above.size() - 1);
        T inherited = resolve(key, above, storedAlong(above)).value();
        if (key.loosens(value, inherited)) {
            throw CivilityException.of(GovernanceError.LOOSEN, "setting", key.name(), "value", key.format(value),
                    "inherited", key.format(inherited), "unit", target.name());
        }
        Map<String, LocalSetting> local = new HashMap<>(settings.find(target.id()));
        String formatted = key.format(value);
        Instant now = clock.instant();
        local.put(key.name(), LocalSetting.of(formatted, actor.name(), now));
        settings.store(target.id(), local);
        events.publish(new PolicySettingChanged(target.id(), key.name(), Optional.of(formatted), actor.name(), now));
        return describeAt(key, target.id());
    }

    private EffectiveSetting describeAt(SettingKey<?> key, UnitId unit) {
        List<UnitId> chain = chainFromRoot(unit);
        return describe(key, chain, storedAlong(chain));
    }

    private <T> EffectiveSetting describe(SettingKey<T> key, List<UnitId> chain,
                                          Map<UnitId, Map<String, LocalSetting>> stored) {
        Resolution<T> r = resolve(key, chain, stored);
        UnitId self = chain.get(chain.size() - 1);
        Optional<LocalSetting> inForce = r.source().map(u -> stored.get(u).get(key.name()));
        return new EffectiveSetting(key.name(), key.format(r.value()), key.format(key.defaultValue()), r.source(),
                Optional.ofNullable(stored.get(self).get(key.name())).map(LocalSetting::value),
                inForce.flatMap(LocalSetting::setBy), inForce.flatMap(LocalSetting::setAt));
    }

    /** Walks root to leaf; a value replaces the current one only if strictly tighter (ties keep the higher unit). */
    private <T> Resolution<T> resolve(SettingKey<T> key, List<UnitId> chain,
                                      Map<UnitId, Map<String, LocalSetting>> stored) {
        T value = key.defaultValue();
        Optional<UnitId> source = Optional.empty();
        for (UnitId u : chain) {
            LocalSetting set = stored.get(u).get(key.name());
            if (set != null) {
                T candidate = parse(key, set.value());
                if (key.strictness().compare(candidate, value) > 0) {
                    value = candidate;
                    source = Optional.of(u);
                }
            }
        }
        return new Resolution<>(value, source);
    }

    /** The unit and its ancestors, root first. An unknown unit is a chain of itself. */
    private List<UnitId> chainFromRoot(UnitId unit) {
        List<UnitId> chain = new ArrayList<>();
        Optional<UnitId> current = Optional.of(unit);
        while (current.isPresent() && chain.size() < MAX_DEPTH) {
            chain.add(current.get());
            current = units.parentOf(current.get());
        }
        Collections.reverse(chain);
        return chain;
    }

    private Map<UnitId, Map<String, LocalSetting>> storedAlong(List<UnitId> chain) {
        Map<UnitId, Map<String, LocalSetting>> stored = new LinkedHashMap<>();
        chain.forEach(u -> stored.put(u, settings.find(u)));
        return stored;
    }

    private SettingKey<?> keyNamed(String name) {
        return registry.find(name).orElseThrow(() ->
                CivilityException.of(GovernanceError.UNKNOWN_SETTING, "setting", String.valueOf(name)));
    }

    private static <T> T parse(SettingKey<T> key, String text) {
        try {
            T value = key.parse(text == null ? null : text.strip());
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            return value;
        } catch (RuntimeException e) {
            throw CivilityException.of(GovernanceError.INVALID_VALUE, "setting", key.name(), "value", String.valueOf(text));
        }
    }

    private Unit load(UnitId id) {
        return units.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
    }

    private record Resolution<T>(T value, Optional<UnitId> source) {
    }
}
