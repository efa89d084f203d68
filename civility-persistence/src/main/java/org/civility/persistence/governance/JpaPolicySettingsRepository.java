package org.civility.persistence.governance;

import jakarta.persistence.EntityManager;
import org.civility.core.governance.LocalSetting;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.organisation.UnitId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@link PolicySettingsRepository} over JPA: one row per unit and setting in
 * {@code civ_policy_setting}. Runs in the caller's transaction. {@link #store} removes, updates and
 * inserts row by row (no bulk delete), so it stays correct next to rows already read in the same
 * persistence context.
 */
public class JpaPolicySettingsRepository implements PolicySettingsRepository {

    private final EntityManager em;

    public JpaPolicySettingsRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Map<String, LocalSetting> find(UnitId unit) {
        Map<String, LocalSetting> settings = new HashMap<>();
        rows(unit).forEach(r -> settings.put(r.name, r.toSetting()));
        return Map.copyOf(settings);
    }

    @Override
    public void store(UnitId unit, Map<String, LocalSetting> settings) {
        Map<String, LocalSetting> wanted = new HashMap<>(settings);
        for (PolicySettingEntity row : rows(unit)) {
            LocalSetting setting = wanted.remove(row.name);
            if (setting == null) {
                em.remove(row);
            } else {
                row.copy(setting);
            }
        }
        wanted.forEach((name, value) -> em.persist(new PolicySettingEntity(unit.toString(), name, value)));
        em.flush();
    }

    private List<PolicySettingEntity> rows(UnitId unit) {
        return em.createQuery("select s from PolicySettingEntity s where s.unitId = :unit", PolicySettingEntity.class)
                .setParameter("unit", unit.toString())
                .getResultList();
    }
}
