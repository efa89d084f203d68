package org.civility.persistence.assistance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A care recipient as stored. ID number, phone, name, address, needs and guardian are personal
 * details: {@link #toString()} never prints them.
 */
@Entity
@Table(name = "civ_care_recipient")
public class CareRecipientEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "category", nullable = false, length = 32)
    String category;

    @Column(name = "name", nullable = false, length = 50)
    String name;

    @Column(name = "resident_id", length = 18)
    String residentId;

    @Column(name = "birth_year")
    Integer birthYear;

    @Column(name = "address", nullable = false, length = 200)
    String address;

    @Column(name = "phone", length = 11)
    String phone;

    @Column(name = "needs", nullable = false, length = 1000)
    String needs;

    @Column(name = "guardian_name", length = 50)
    String guardianName;

    @Column(name = "guardian_phone", length = 11)
    String guardianPhone;

    @Column(name = "guardian_relation", length = 32)
    String guardianRelation;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CareRecipientEntity() {
    }

    CareRecipientEntity(String id) {
        this.id = id;
    }

    /** Ids only: personal details never reach a log. */
    @Override
    public String toString() {
        return "CareRecipientEntity[" + id + ", v" + version + "]";
    }
}
