package org.civility.persistence.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.PolicySettings;
import org.civility.core.notice.AnnounceNotice;
import org.civility.core.notice.Channel;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeService;
import org.civility.core.notice.SubjectKind;
import org.civility.core.organisation.UnitId;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.persistence.Migrations;
import org.civility.persistence.testing.DriverManagerDataSource;

/**
 * The child process of {@link OutboxSurvivesACrashTest}: announces a notice in one committed
 * transaction, prints its id, and dies at once ({@code Runtime.halt}: no shutdown hooks, no
 * dispatcher, no orderly close of the database). Args: JDBC URL, user, password.
 */
public final class AnnounceThenDie {

    private AnnounceThenDie() {
    }

    public static void main(String[] args) {
        DataSource dataSource = new DriverManagerDataSource(args[0], args[1], args.length > 2 ? args[2] : "");
        Migrations.migrate(dataSource);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
        EntityManager em = emf.createEntityManager();
        UnitId station = new UnitId(UUID.randomUUID());
        NoticeService service = new NoticeService(new JpaNoticeRepository(em), new AccessControl((u, a) -> u.equals(a)),
                PolicySettings.defaults(), Clock.systemUTC(), IdSource.random(), EventPublisher.none());
        em.getTransaction().begin();
        Notice notice = service.announce(Actor.of("站长", new RoleGrant(Role.HEAD, station)),
                new AnnounceNotice(station, SubjectKind.ACTIVITY, UUID.randomUUID(), "学雷锋志愿服务",
                        "清扫小区公共区域", "东风村文化礼堂", Instant.now().plus(Duration.ofDays(3)),
                        EnumSet.allOf(Channel.class), null));
        em.getTransaction().commit();
        System.out.println("NOTICE " + notice.id());
        System.out.flush();
        // Killed between commit and send: nothing has been dispatched.
        Runtime.getRuntime().halt(1);
    }
}
