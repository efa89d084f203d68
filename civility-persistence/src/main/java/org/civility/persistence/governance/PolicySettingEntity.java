package org.civility.persistence.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One setting set at one unit, as stored text. */
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

    protected PolicySettingEntity() {
    }

    PolicySettingEntity(String unitId, String name, String value) {
        this.unitId = unitId;
        this.name = name;
        this.value = value;
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
