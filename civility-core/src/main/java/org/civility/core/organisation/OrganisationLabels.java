package org.civility.core.organisation;

import org.civility.core.shared.Messages;

import java.util.Locale;
import java.util.Map;

/**
 * Display names of the organisation enums ({@link Tier}, {@link LeadershipRole}, {@link CommitteePost},
 * {@link StaffRole}, {@link PartnerKind}), from this package's bundle under {@code <EnumSimpleName>.<CONSTANT>};
 * Chinese by default, English fallback.
 */
public final class OrganisationLabels {

    private static final String BUNDLE = OrganisationLabels.class.getPackageName() + ".messages";

    private OrganisationLabels() {
    }

    /** The label of {@code value} in {@code locale} (null: Chinese); never null. */
    public static String label(Enum<?> value, Locale locale) {
        return Messages.text(BUNDLE, locale, value.getDeclaringClass().getSimpleName() + "." + value.name(), Map.of());
    }
}
