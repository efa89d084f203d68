package org.civility.benchmarks.county;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainBreak;
import org.civility.core.record.ChainSeal;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecord;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.activity.ActivityId;
import org.civility.core.order.MenuItemId;
import org.civility.core.resource.ServiceOfferId;
import org.civility.core.team.TeamId;
import org.civility.persistence.activity.JpaActivityRepository;
import org.civility.persistence.order.JpaMenuItemRepository;
import org.civility.persistence.order.JpaServiceOrderRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.resource.JpaServiceOfferRepository;
import org.civility.persistence.team.JpaTeamRepository;
import org.civility.persistence.record.JpaChainHeadRepository;
import org.civility.persistence.record.JpaServiceRecordRepository;
import org.civility.persistence.volunteer.JpaVolunteerRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small county (scale 0.005: two stations) generated into a database of its own on the machine's PostgreSQL
 * ({@code CIVILITY_TEST_POSTGRESQL_URL/_USER/_PASSWORD}, 127.0.0.1 and database {@code test} to create it from), then
 * read back the way the portal reads it: through the JPA repositories and core's chain verification.
 */
class CountyGeneratorIT {

    private static final String ADMIN_URL = env("CIVILITY_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("CIVILITY_TEST_POSTGRESQL_USER", "postgres");
    private static final String PASSWORD = env("CIVILITY_TEST_POSTGRESQL_PASSWORD", "");
    private static final String DATABASE = "civility_it_county_" + UUID.randomUUID().toString().substring(0, 8);
    private static final ChainSeal SEAL = ChainSeal.withKey("county-generator-test-key-32bytes".getBytes());
    private static final CountySize SIZE = CountySize.of(0.005);

    private static PGSimpleDataSource dataSource;
    private static CountyGenerator.Load load;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void generateASmallCounty() throws Exception {
        admin("CREATE DATABASE " + DATABASE);
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        load = CountyGenerator.generate(dataSource, SIZE, 42, 2025, SEAL, false);
        emf = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                // the data source has no pool: one connection per entity manager, not one per query
                "eclipselink.jdbc.exclusive-connection.mode", "Always",
                "eclipselink.logging.level", "WARNING"));
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void fillsEachTableWithTheCountsOfTheScale() throws SQLException {
        assertThat(SIZE.stations()).isEqualTo(2);
        assertThat(count("civ_unit")).isEqualTo(1 + 1 + 2);
        assertThat(count("civ_volunteer")).isEqualTo(1_000);
        assertThat(count("civ_service_record")).isEqualTo(5_000);
        assertThat(count("civ_service_order")).isEqualTo(500);
        assertThat(count("civ_activity")).isEqualTo(100);
        assertThat(count("civ_service_offer")).isEqualTo(50);
        assertThat(count("civ_team")).isEqualTo(2 * 5);
        assertThat(count("civ_service_record_head")).isEqualTo(2);
        assertThat(load.rows()).containsEntry("civ_service_record", 5_000L).containsEntry("civ_volunteer", 1_000L);
    }

    @Test
    void buildsTheIndexesItDroppedForTheLoadAgain() {
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")).contains(
                "uq_civ_volunteer_resident_id", "ix_civ_service_record_volunteer", "ix_civ_service_record_activity",
                "ix_civ_service_record_open", "ix_civ_service_order_waiting", "ix_civ_activity_unit_start",
                "ix_civ_unit_parent_name", "uq_civ_service_record_chain", "civ_service_record_pkey");
    }

    @Test
    void storesOrdersInEveryStatusThatCoreRestores() throws SQLException {
        List<String> statuses = strings("SELECT DISTINCT status FROM civ_service_order");
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
        assertThat(count("civ_service_order WHERE handling_unit_id <> unit_id")).as("escalated (R-ORD-2)").isPositive();

        List<ServiceOrder> orders = inJpa(em -> strings("SELECT id FROM civ_service_order").stream()
                .map(id -> new JpaServiceOrderRepository(em).find(ServiceOrderId.of(id)).orElseThrow()).toList());

        assertThat(orders).hasSize(500);
        assertThat(orders.stream().map(ServiceOrder::status).collect(() -> EnumSet.noneOf(OrderStatus.class),
                Set::add, Set::addAll)).containsExactlyInAnyOrder(OrderStatus.values());
    }

    @Test
    void registersVolunteersWhoseResidentIdNumbersPassCoresChecks() throws SQLException {
        List<Volunteer> volunteers = inJpa(em -> strings("SELECT id FROM civ_volunteer").stream()
                .map(id -> new JpaVolunteerRepository(em).find(VolunteerId.of(id)).orElseThrow()).toList());

        assertThat(volunteers).hasSize(1_000);
        assertThat(volunteers).allSatisfy(v -> assertThat(v.residentId().ageOn(java.time.LocalDate.of(2025, 1, 1)))
                .isGreaterThanOrEqualTo(18));
        assertThat(strings("SELECT resident_id FROM civ_volunteer")).doesNotHaveDuplicates();
    }

    @Test
    void storesUnitsTeamsMenusActivitiesAndOffersThatCoreRestores() {
        int restored = inJpa(em -> {
            int n = 0;
            for (String id : strings("SELECT id FROM civ_unit")) {
                assertThat(new JpaUnitRepository(em).find(UnitId.of(id))).isPresent();
                n++;
            }
            for (String id : strings("SELECT id FROM civ_team")) {
                assertThat(new JpaTeamRepository(em).find(TeamId.of(id))).isPresent();
                n++;
            }
            for (String id : strings("SELECT id FROM civ_menu_item")) {
                assertThat(new JpaMenuItemRepository(em).find(MenuItemId.of(id))).isPresent();
                n++;
            }
            for (String id : strings("SELECT id FROM civ_activity")) {
                assertThat(new JpaActivityRepository(em).find(ActivityId.of(id))).isPresent();
                n++;
            }
            for (String id : strings("SELECT id FROM civ_service_offer")) {
                assertThat(new JpaServiceOfferRepository(em).find(ServiceOfferId.of(id))).isPresent();
                n++;
            }
            return n;
        });

        assertThat(restored).isEqualTo(4 + 10 + 2 * 3 + 100 + 50);
    }

    @Test
    void everyChainVerifiesAgainstItsSealedHeadR_REC_1() {
        Map<UnitId, HashChainVerifier.Verification> verified = inJpa(em -> {
            JpaServiceRecordRepository records = new JpaServiceRecordRepository(em);
            JpaChainHeadRepository heads = new JpaChainHeadRepository(em);
            return records.chainedUnits().stream().collect(java.util.stream.Collectors.toMap(Function.identity(),
                    unit -> HashChainVerifier.verify(records.chain(unit), heads.find(unit), SEAL)));
        });

        assertThat(verified).hasSize(2);
        assertThat(verified.values()).allSatisfy(v -> assertThat(v.ok()).as(v.toString()).isTrue());
    }

    @Test
    void chainsDoNotVerifyUnderAnotherInstallationsKey() {
        ChainSeal other = ChainSeal.withKey("another-installation-key-32bytes".getBytes());

        HashChainVerifier.Verification verification = inJpa(em -> {
            JpaServiceRecordRepository records = new JpaServiceRecordRepository(em);
            UnitId unit = records.chainedUnits().getFirst();
            return HashChainVerifier.verify(records.chain(unit), new JpaChainHeadRepository(em).find(unit), other);
        });

        assertThat(verification.reason()).contains(ChainBreak.SEAL);
    }

    @Test
    void aSampleOfVolunteersNeverServesInTwoPlacesAtOnceR_REC_1() throws SQLException {
        List<String> sample = strings("SELECT DISTINCT volunteer_id FROM civ_service_record ORDER BY volunteer_id"
                + " LIMIT 50");

        inJpa(em -> {
            JpaServiceRecordRepository records = new JpaServiceRecordRepository(em);
            for (String id : sample) {
                List<ServiceRecord> mine = ServiceRecord.current(records.byVolunteer(VolunteerId.of(id),
                        PageRequest.first(PageRequest.MAX_LIMIT)).items());
                for (ServiceRecord entry : mine) {
                    List<ServiceRecord> clashing = records.overlapping(entry.volunteer(), entry.start(),
                            entry.end().or(entry::scheduledEnd).orElseThrow());
                    assertThat(clashing).as(id).extracting(ServiceRecord::id).containsExactly(entry.id());
                }
            }
            return null;
        });
    }

    private static <T> T inJpa(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static long count(String tableAndCondition) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> strings(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
