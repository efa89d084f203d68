package org.civility.persistence.team;

import org.civility.core.contract.TeamRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.civility.persistence.volunteer.JpaVolunteerRepository;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class JpaTeamRepositoryTest extends TeamRepositoryContract {

    @Override
    protected TeamRepository repository() {
        return TestStore.get().repository(TeamRepository.class, JpaTeamRepository::new);
    }

    /** Teams belong to stored units (fk_civ_team_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    /** Members refer to stored volunteers (fk_civ_team_member_volunteer). */
    @Override
    protected VolunteerId aVolunteerAt(UnitId unit) {
        return TestStore.get().repository(VolunteerRepository.class, JpaVolunteerRepository::new)
                .store(aVolunteer().at(unit).build()).id();
    }
}
