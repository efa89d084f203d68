package org.civility.core.celebration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-CELE-1 (DOMAIN §4): weddings and funerals are registered with the red-and-white affairs
 * council and checked against the village's limits set in its rules (村规民约) to curb
 * extravagance. The limits are settings a lower tier may only lower:
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@code celebration.wedding.max-tables}</td><td>20 tables</td></tr>
 *   <tr><td>{@code celebration.wedding.max-gift-fen}</td><td>20000 fen (200 元) per guest</td></tr>
 *   <tr><td>{@code celebration.wedding.max-days}</td><td>1 day</td></tr>
 *   <tr><td>{@code celebration.funeral.max-tables}</td><td>15 tables</td></tr>
 *   <tr><td>{@code celebration.funeral.max-gift-fen}</td><td>10000 fen (100 元) per guest</td></tr>
 *   <tr><td>{@code celebration.funeral.max-days}</td><td>3 days</td></tr>
 * </table>
 * Every breach is reported, not only the first ({@link #breaches}). Registering does not refuse a ceremony over the
 * limits: it is recorded and flagged for the council's persuasion visit ({@link FamilyCeremony}); {@link #evaluate}
 * remains for a portal that wants to warn before it registers.
 */
public final class CeremonyLimitsPolicy implements Policy<CeremonyPlan> {

    public static final String RULE = "R-CELE-1";

    public static final SettingKey<Integer> WEDDING_MAX_TABLES =
            SettingKey.lowerIsStricter("celebration.wedding.max-tables", 20);
    public static final SettingKey<Integer> WEDDING_MAX_GIFT_FEN =
            SettingKey.lowerIsStricter("celebration.wedding.max-gift-fen", 20_000);
    public static final SettingKey<Integer> WEDDING_MAX_DAYS =
            SettingKey.lowerIsStricter("celebration.wedding.max-days", 1);
    public static final SettingKey<Integer> FUNERAL_MAX_TABLES =
            SettingKey.lowerIsStricter("celebration.funeral.max-tables", 15);
    public static final SettingKey<Integer> FUNERAL_MAX_GIFT_FEN =
            SettingKey.lowerIsStricter("celebration.funeral.max-gift-fen", 10_000);
    public static final SettingKey<Integer> FUNERAL_MAX_DAYS =
            SettingKey.lowerIsStricter("celebration.funeral.max-days", 3);

    /** Every setting of this policy, for a portal's setting registry. */
    public static final List<SettingKey<Integer>> SETTINGS = List.of(WEDDING_MAX_TABLES, WEDDING_MAX_GIFT_FEN,
            WEDDING_MAX_DAYS, FUNERAL_MAX_TABLES, FUNERAL_MAX_GIFT_FEN, FUNERAL_MAX_DAYS);

    private final PolicySettings settings;

    public CeremonyLimitsPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** The limits in force at the unit for the kind of ceremony. */
    public CeremonyLimits limits(CeremonyKind kind, UnitId unit) {
        boolean wedding = kind == CeremonyKind.WEDDING;
        return new CeremonyLimits(
                settings.effective(wedding ? WEDDING_MAX_TABLES : FUNERAL_MAX_TABLES, unit),
                settings.effective(wedding ? WEDDING_MAX_GIFT_FEN : FUNERAL_MAX_GIFT_FEN, unit),
                settings.effective(wedding ? WEDDING_MAX_DAYS : FUNERAL_MAX_DAYS, unit));
    }

    /** Every limit the plan exceeds at its unit today, in the order tables, gift money, days; empty if none. */
    public List<LimitBreach> breaches(CeremonyPlan plan) {
        return breaches(plan, limits(plan.kind(), plan.unit()));
    }

    /** Every limit of {@code limits} the plan exceeds, in the order tables, gift money, days; empty if none. */
    public static List<LimitBreach> breaches(CeremonyPlan plan, CeremonyLimits limits) {
        boolean wedding = plan.kind() == CeremonyKind.WEDDING;
        List<LimitBreach> breaches = new ArrayList<>();
        if (plan.tables() > limits.maxTables()) {
            breaches.add(new LimitBreach((wedding ? WEDDING_MAX_TABLES : FUNERAL_MAX_TABLES).name(),
                    limits.maxTables(), plan.tables()));
        }
        if (plan.giftFen() > limits.maxGiftFen()) {
            breaches.add(new LimitBreach((wedding ? WEDDING_MAX_GIFT_FEN : FUNERAL_MAX_GIFT_FEN).name(),
                    limits.maxGiftFen(), plan.giftFen()));
        }
        if (plan.days() > limits.maxDays()) {
            breaches.add(new LimitBreach((wedding ? WEDDING_MAX_DAYS : FUNERAL_MAX_DAYS).name(),
                    limits.maxDays(), plan.days()));
        }
        return List.copyOf(breaches);
    }

    /**
     * Allowed, or rejected with args {@code kind}, {@code breaches} (all of them, "; "-separated
     * {@code setting=limit (requested n)}), {@code count}, and the first breach as {@code limit}
     * (setting name), {@code maximum} and {@code requested}.
     */
    @Override
    public Decision evaluate(CeremonyPlan plan) {
        List<LimitBreach> breaches = breaches(plan);
        if (breaches.isEmpty()) {
            return Decision.allowed();
        }
        LimitBreach first = breaches.get(0);
        return Decision.rejected(CelebrationError.CEREMONY_OVER_LIMITS,
                "kind", plan.kind().name(),
                "breaches", breaches.stream().map(LimitBreach::toString).collect(Collectors.joining("; ")),
                "count", breaches.size(),
                "limit", first.setting(), "maximum", first.limit(), "requested", first.requested());
    }
}
