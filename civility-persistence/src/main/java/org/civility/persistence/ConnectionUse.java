package org.civility.persistence;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many database connections the persistence unit holds right now, and has taken in all, from the container's
 * data source: the pool's use as the application sees it (a portal exports it as a metric). Counted by wrapping the
 * data source EclipseLink takes its connections from; each connection counts from its taking to its closing.
 */
public final class ConnectionUse {

    private static final AtomicInteger IN_USE = new AtomicInteger();
    private static final AtomicLong TAKEN = new AtomicLong();

    private ConnectionUse() {
    }

    /** Connections held now. */
    public static int inUse() {
        return IN_USE.get();
    }

    /** Connections taken since the start. */
    public static long taken() {
        return TAKEN.get();
    }

    /** {@code source}, counting the connections it hands out until they are closed. */
    public static DataSource counting(DataSource source) {
        if (Proxy.isProxyClass(source.getClass())) {
            return source;
        }
        return (DataSource) Proxy.newProxyInstance(ConnectionUse.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(source, method, args);
                    if (result instanceof Connection c && method.getName().equals("getConnection")) {
                        IN_USE.incrementAndGet();
                        TAKEN.incrementAndGet();
                        return counted(c);
                    }
                    return result;
                });
    }

    private static Connection counted(Connection connection) {
        AtomicBoolean open = new AtomicBoolean(true);
        return (Connection) Proxy.newProxyInstance(ConnectionUse.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && open.compareAndSet(true, false)) {
                        IN_USE.decrementAndGet();
                    }
                    if (method.getName().equals("unwrap") && args != null && args[0] == Connection.class) {
                        return connection;
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
