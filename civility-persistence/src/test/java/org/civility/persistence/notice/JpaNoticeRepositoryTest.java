package org.civility.persistence.notice;

import org.civility.core.contract.NoticeRepositoryContract;
import org.civility.core.notice.NoticeRepository;
import org.civility.persistence.testing.TestStore;

/** The notice repository contract on the store chosen by {@code civility.test.store}. */
class JpaNoticeRepositoryTest extends NoticeRepositoryContract {

    private final NoticeRepository repository =
            TestStore.get().repository(NoticeRepository.class, JpaNoticeRepository::new);

    @Override
    protected NoticeRepository repository() {
        return repository;
    }
}
