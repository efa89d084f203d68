package org.civility.persistence.assistance;

import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.contract.CareRecipientRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.AssistanceFixtures.anEmptyNestElder;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaCareRecipientRepositoryTest extends CareRecipientRepositoryContract {

    @Override
    protected CareRecipientRepository repository() {
        return TestStore.get().repository(CareRecipientRepository.class, JpaCareRecipientRepository::new);
    }

    /** Recipients belong to stored units (fk_civ_care_recipient_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    @Test
    void storesTheFullNumbersButPrintsNoDetails() {
        CareRecipient elder = repository().store(anEmptyNestElder().at(aUnit()).named("赵大爷").build());

        var entity = new Object[1];
        TestStore.get().inTransaction(em -> entity[0] = em.find(CareRecipientEntity.class, elder.id().toString()));

        CareRecipientEntity stored = (CareRecipientEntity) entity[0];
        String id = elder.residentId().orElseThrow().value();
        String phone = elder.phone().orElseThrow().value();
        assertThat(stored.residentId).isEqualTo(id);
        assertThat(stored.phone).isEqualTo(phone);
        assertThat(stored.toString()).doesNotContain(id, phone, "赵大爷", elder.address());
    }
}
