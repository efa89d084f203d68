package org.civility.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import org.civility.core.access.AccessControl;
import org.civility.core.access.UnitHierarchy;
import org.civility.core.governance.GovernanceService;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.governance.SettingKey;
import org.civility.core.governance.SettingRegistry;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.spi.EventPublisher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Produces what every feature needs to decide who may do what where, and which settings apply:
 * the unit tree ({@link UnitRepository}, {@link UnitHierarchy}), {@link AccessControl}, and the
 * governance settings ({@link SettingRegistry}, {@link GovernanceService}, which is also the
 * {@link PolicySettings} every policy reads). All are built over the deployment's
 * {@link UnitRepository} and {@link PolicySettingsRepository} (civility-persistence's {@code JpaPorts}, or a
 * portal's own storage).
 *
 * <p>Core classes are final and not proxyable, so everything here is {@code @Dependent}. A portal
 * that adds its own setting keys replaces {@link #settingRegistry()} with a CDI alternative.
 */
@ApplicationScoped
public class CoreAccess {

    @Produces
    public UnitHierarchy unitHierarchy(UnitRepository units) {
        return new RepositoryUnitHierarchy(units);
    }

    @Produces
    public AccessControl accessControl(UnitHierarchy hierarchy) {
        return new AccessControl(hierarchy);
    }

    /** Every setting key core defines. */
    @Produces
    public SettingRegistry settingRegistry(@Any Instance<FeatureSettings> features) {
        List<SettingKey<?>> keys = new ArrayList<>();
        features.forEach(f -> keys.addAll(f.keys()));
        return SettingRegistry.of(keys);
    }

    /** Typed to its own class only, so that {@link #policySettings} alone answers for {@link PolicySettings}. */
    @Produces
    @Typed(GovernanceService.class)
    public GovernanceService governanceService(PolicySettingsRepository settings, UnitRepository units,
                                               SettingRegistry registry, AccessControl access, Clock clock,
                                               EventPublisher events) {
        return new GovernanceService(settings, units, registry, access, clock, events);
    }

    @Produces
    public PolicySettings policySettings(GovernanceService governance) {
        return governance;
    }
}
