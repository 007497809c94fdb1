package org.openimis.schema.copy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A real H2 database reached through a driver that injects faults into the copier's reads: for a reader's query of a
 * table, the first {@code next()} of its result throws a given Throwable. Registered ahead of H2's own driver for URLs
 * starting with {@link #PREFIX}.
 */
final class FaultInjectingDriver implements Driver {

    static final String PREFIX = "jdbc:h2:mem:faulty_";
    private static final FaultInjectingDriver INSTANCE = new FaultInjectingDriver();
    private static final java.util.Map<String, Throwable> THROW_ON_READ = new ConcurrentHashMap<>();
    private final Driver h2 = new org.h2.Driver();

    /** Registers the driver ahead of H2's (H2's is registered again after it). */
    static synchronized void register() throws SQLException {
        org.h2.Driver.unload();
        DriverManager.deregisterDriver(INSTANCE);
        DriverManager.registerDriver(INSTANCE);
        org.h2.Driver.load();
    }

    /** Reading the table's rows throws the Throwable. */
    static void throwOnRead(String table, Throwable failure) {
        THROW_ON_READ.put(table, failure);
    }

    static void clear() {
        THROW_ON_READ.clear();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = h2.connect(url, info);
        return proxy(Connection.class, real, (method, args, result) -> {
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                String sql = (String) args[0];
                return proxy(PreparedStatement.class, statement, (m, a, r) -> r instanceof ResultSet rows
                        && m.getName().equals("executeQuery") ? faulty(sql, rows) : r);
            }
            return result;
        });
    }

    /** The result of a reader's query (not of the planner's counts or the preflight's sums) over a table with a fault gets the fault. */
    private static ResultSet faulty(String sql, ResultSet rows) {
        if (sql.contains("count(") || sql.contains("sum(") || sql.contains("min(")) {
            return rows;
        }
        for (var fault : THROW_ON_READ.entrySet()) {
            if (sql.contains("[" + fault.getKey() + "]")) {
                return proxy(ResultSet.class, rows, (method, args, result) -> {
                    throw fault.getValue();
                }, "next");
            }
        }
        return rows;
    }

    /** What a call to the real object is turned into: its result, another result, or a thrown fault. */
    private interface Around {
        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T real, Around around, String... onlyMethods) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (onlyMethods.length > 0 && !java.util.List.of(onlyMethods).contains(method.getName())) {
                return result;
            }
            return around.apply(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(FaultInjectingDriver.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return h2.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return h2.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return h2.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }
}
