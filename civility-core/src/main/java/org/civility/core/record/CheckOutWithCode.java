package org.civility.core.record;

import static java.util.Objects.requireNonNull;

/** The signed-in volunteer checks out with the code they checked in with: its six digits or its link token. */
public record CheckOutWithCode(String code) {

    public CheckOutWithCode {
        requireNonNull(code, "code");
    }
}
