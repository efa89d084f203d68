package org.civility.portal.memory;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** civility-web's resources under {@code /api}, as the sample portal serves them. */
@ApplicationPath("api")
public class MemoryApplication extends Application {
}
