package org.civility.persistence.volunteer;

import jakarta.persistence.EntityManager;
import org.civility.core.contract.VolunteerRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class JpaVolunteerRepositoryTest extends VolunteerRepositoryContract {

    @Override
    protected VolunteerRepository repository() {
        return TestStore.get().repository(VolunteerRepository.class, JpaVolunteerRepository::new);
    }

    /** Volunteers belong to stored units (fk_civ_volunteer_home_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    @Test
    void storesTheFullNumbersButPrintsNeither() {
        Volunteer volunteer = repository().store(aVolunteer().at(aUnit()).build());

        var entity = new Object[1];
        TestStore.get().inTransaction(em -> entity[0] = em.find(VolunteerEntity.class, volunteer.id().toString()));

        VolunteerEntity stored = (VolunteerEntity) entity[0];
        assertThat(stored.residentId).isEqualTo(volunteer.residentId().value());
        assertThat(stored.phone).isEqualTo(volunteer.phone().value());
        assertThat(stored.toString()).doesNotContain(volunteer.residentId().value(), volunteer.phone().value());
    }

    @Test
    void theUniqueIndexRefusesATwinThatRacedPastTheLookUpWithTheSameCode() throws Exception {
        // given a first registration flushed but not yet committed
        Volunteer first = aVolunteer().at(aUnit()).build();
        Volunteer twin = aVolunteer().at(aUnit()).withResidentId(first.residentId().value()).build();
        EntityManager em = TestStore.get().emf().createEntityManager();
        try {
            em.getTransaction().begin();
            new JpaVolunteerRepository(em).store(first);

            // when a second registration looks before the first commits, then inserts
            CompletableFuture<Throwable> racer = CompletableFuture.supplyAsync(() -> storeAlone(twin));
            Thread.sleep(Duration.ofMillis(700));
            em.getTransaction().commit();

            // then the index refuses it with the coded error, naming the number masked only
            Throwable failure = racer.get(60, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOfSatisfying(CivilityException.class, e -> {
                assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
                assertThat(e.args()).containsEntry("idNumber", first.residentId().masked());
                assertThat(e).hasNoCause();
                assertThat(e.getMessage()).doesNotContain(first.residentId().value());
            });
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertThat(repository().find(twin.id())).isEmpty();
        assertThat(repository().find(first.id())).isPresent();
    }

    @Test
    void recognisesOnlyViolationsOfTheResidentIdIndex() {
        var ours = new java.sql.SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uq_civ_volunteer_resident_id'", "23000", 1062);
        var other = new java.sql.SQLIntegrityConstraintViolationException(
                "violates foreign key constraint fk_civ_volunteer_skill_volunteer", "23503");

        assertThat(JpaVolunteerRepository.violatesResidentIdIndex(new RuntimeException(ours))).isTrue();
        assertThat(JpaVolunteerRepository.violatesResidentIdIndex(new RuntimeException(other))).isFalse();
        assertThat(JpaVolunteerRepository.violatesResidentIdIndex(new RuntimeException("boom"))).isFalse();
    }

    private static Throwable storeAlone(Volunteer volunteer) {
        EntityManager em = TestStore.get().emf().createEntityManager();
        try {
            em.getTransaction().begin();
            new JpaVolunteerRepository(em).store(volunteer);
            em.getTransaction().commit();
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
