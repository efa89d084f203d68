package org.civility.persistence.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.civility.core.governance.LocalSetting;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One setting set at one unit, as stored text, with who set it and when. */
@Entity
@Table(name = "civ_policy_setting")
@IdClass(PolicySettingEntity.Key.class)
public class PolicySettingEntity {

    @Id
    @Column(name = "unit_id", length = 36)
    String unitId;

    @Id
    @Column(name = "name", length = 128)
    String name;

    @Column(name = "value_text", nullable = false, length = 1000)
    String value;

    @Column(name = "set_by", length = 100)
    String setBy;

    @Column(name = "set_at")
    Instant setAt;

    protected PolicySettingEntity() {
    }

    PolicySettingEntity(String unitId, String name, LocalSetting setting) {
        this.unitId = unitId;
        this.name = name;
        copy(setting);
    }

    void copy(LocalSetting setting) {
        value = setting.value();
        setBy = setting.setBy().orElse(null);
        setAt = setting.setAt().orElse(null);
    }

    LocalSetting toSetting() {
        return new LocalSetting(value, Optional.ofNullable(setBy), Optional.ofNullable(setAt));
    }

    /** The primary key (unit_id, name). */
    public static class Key implements Serializable {

        String unitId;
        String name;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(unitId, k.unitId) && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, name);
        }
    }
}
