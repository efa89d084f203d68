package org.civility.persistence.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sealed head of one unit's service record chain (R-REC-1): one row per unit, moved on with every append. */
@Entity
@Table(name = "civ_service_record_head")
public class ChainHeadEntity {

    @Id
    @Column(name = "unit_id", length = 36)
    String unitId;

    @Column(name = "seq_no", nullable = false)
    long sequence;

    @Column(name = "hash", nullable = false, length = 64)
    String hash;

    @Column(name = "seal", nullable = false, length = 64)
    String seal;

    protected ChainHeadEntity() {
    }

    ChainHeadEntity(String unitId) {
        this.unitId = unitId;
    }
}
