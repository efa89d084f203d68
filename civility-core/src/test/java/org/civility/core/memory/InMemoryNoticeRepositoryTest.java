package org.civility.core.memory;

import org.civility.core.contract.NoticeRepositoryContract;
import org.civility.core.notice.NoticeRepository;

class InMemoryNoticeRepositoryTest extends NoticeRepositoryContract {

    private final InMemoryNoticeRepository repository = new InMemoryNoticeRepository();

    @Override
    protected NoticeRepository repository() {
        return repository;
    }
}
