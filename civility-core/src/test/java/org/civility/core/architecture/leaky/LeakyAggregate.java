package org.civility.core.architecture.leaky;

import javax.sql.DataSource;

/** A deliberately broken class that reaches into a framework API; only the guard's self-test imports it. */
public class LeakyAggregate {

    private DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }
}
