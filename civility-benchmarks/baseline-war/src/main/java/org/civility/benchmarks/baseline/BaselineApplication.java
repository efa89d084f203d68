package org.civility.benchmarks.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The baseline's JAX-RS application under {@code /api}, as the portal's is: the same path depth, the same JSON
 * provider, no security, no persistence.
 */
@ApplicationPath("api")
public class BaselineApplication extends Application {
}
