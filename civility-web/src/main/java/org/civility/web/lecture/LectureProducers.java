package org.civility.web.lecture;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.LectureRepository;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.core.lecture.LectureService;
import org.civility.core.lecture.LectureSettings;
import org.civility.core.lecture.MaterialStorage;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.core.lecture.StudyPlanService;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.web.support.FeatureSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the lecture feature's services over the deployment's repositories, and the
 * {@link MaterialStorage}: files below {@code civility.storage.dir} (default {@code ~/.civility/files}), deleted only
 * once the transaction that removed them commits ({@link DeletesAfterCommit}). A portal replaces the storage with a
 * CDI alternative (an object store, say), wrapped the same way.
 */
@ApplicationScoped
public class LectureProducers {

    @Inject
    @ConfigProperty(name = "civility.storage.dir")
    Optional<String> storageDir;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile MaterialStorage storage;

    @Produces
    public MaterialStorage materialStorage() {
        MaterialStorage s = storage;
        if (s == null) {
            Path dir = storageDir.filter(d -> !d.isBlank()).map(Path::of)
                    .orElseGet(() -> Path.of(System.getProperty("user.home"), ".civility", "files"));
            s = new DeletesAfterCommit(new FileSystemMaterialStorage(dir), transactions);
            storage = s;
        }
        return s;
    }

    @Produces
    public LectureService lectureService(LectureRepository lectures, UnitRepository units, TeamRepository teams,
                                         ActivityRepository activities, MaterialStorage materials, AccessControl access, PolicySettings settings,
                                         Clock clock, IdSource ids, EventPublisher events) {
        return new LectureService(lectures, units, teams, activities, materials, access, settings, clock, ids, events);
    }

    @Produces
    public StudyPlanService studyPlanService(StudyPlanRepository plans, LectureRequestRepository requests,
                                             UnitRepository units, AccessControl access, Clock clock, IdSource ids,
                                             EventPublisher events) {
        return new StudyPlanService(plans, requests, units, access, clock, ids, events);
    }

    @Produces
    public FeatureSettings lectureSettings() {
        return FeatureSettings.of("lecture", LectureSettings.MAX_DOCUMENT_MB, LectureSettings.MAX_PICTURE_MB,
                LectureSettings.MAX_AUDIO_MB, LectureSettings.MAX_VIDEO_MB);
    }
}
