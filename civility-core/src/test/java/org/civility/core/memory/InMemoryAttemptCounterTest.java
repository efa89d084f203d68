package org.civility.core.memory;

import org.civility.core.contract.AttemptCounterContract;
import org.civility.core.spi.AttemptCounter;

class InMemoryAttemptCounterTest extends AttemptCounterContract {

    private final InMemoryAttemptCounter counter = new InMemoryAttemptCounter();

    @Override
    protected AttemptCounter counter() {
        return counter;
    }
}
