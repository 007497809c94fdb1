package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sessions;
import org.openimis.schema.jdbc.SetAside;
import org.openimis.schema.jdbc.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The prepare phase, in the copy's transaction on the target: lock the copied tables against every other writer until
 * the commit, refuse a non-empty target (or empty it with deleteData), and set the copied tables' foreign keys, primary
 * and unique keys and lookup indexes aside for the load. A lock another session holds longer than lockTimeout fails the run naming it.
 */
final class TargetPreparation {

    /**
     * What was set aside, to restore in the complete phase, and the tables truncated in the copy's transaction, which
     * are written with COPY FREEZE (their rows land frozen and their pages all-visible: later scans, and vacuum after
     * the commit, skip the per-row visibility work).
     */
    record SetAsides(SetAside foreignKeys, SetAside keys, SetAside lookupIndexes, Set<String> truncated) {
    }

    /** The copied tables no remaining foreign key references: TRUNCATE, which COPY FREEZE needs, is allowed on them. */
    private static final String UNREFERENCED = """
            select t.relname from pg_class t
            where t.relnamespace = 'public'::regnamespace and t.relkind = 'r' and t.relname = any (?)
              and not exists (select from pg_constraint c where c.contype = 'f' and c.confrelid = t.oid)
            order by 1""";

    private static final String REFERENCING = """
            with recursive referencing(id) as (
                select c.conrelid from pg_constraint c where c.contype = 'f' and c.confrelid = any (?::regclass[])
                union
                select c.conrelid from pg_constraint c join referencing r on c.confrelid = r.id where c.contype = 'f')
            select distinct t.relname from referencing r join pg_class t on t.oid = r.id order by 1""";

    private TargetPreparation() {
    }

    static SetAsides prepare(Connection target, CopyPlan plan, CopyRun run) throws SQLException {
        target.setAutoCommit(false);
        Sql.execute(target, "set time zone 'UTC'", "set datestyle = 'ISO, YMD'", "set bytea_output = 'hex'");
        Sessions.forLongJob(target, run.options.lockTimeoutSeconds());
        lockTables(target, plan, run);
        List<String> filled = nonEmptyTables(target, plan);
        if (!filled.isEmpty() && !run.options.deleteData()) {
            throw new CopyException("The target already holds rows in " + filled.size() + " table(s): "
                    + String.join(", ", filled) + ". Copy into an empty database built by apply, "
                    + "or set " + run.options.setting("deleteData") + "=true to empty these tables first (in the same "
                    + "transaction). Nothing was committed.");
        }
        // A subset emptied with DELETE queues deferred trigger events on the tables other foreign keys reference,
        // and PostgreSQL refuses to ALTER a table with pending events: set those foreign keys aside first, too.
        Set<String> copied = plan.tables().stream().map(TablePlan::name).collect(Collectors.toSet());
        boolean referencing = run.options.deleteData() && !run.options.tables().isEmpty();
        SetAside foreignKeys = SetAside.foreignKeys(target,
                (table, parent) -> copied.contains(table) || referencing && copied.contains(parent));
        if (run.options.deleteData()) {
            emptyTables(target, plan, run);
        }
        SetAside keys = SetAside.uniqueKeys(target, copied::contains);
        SetAside lookupIndexes = SetAside.lookupIndexes(target, copied::contains);
        return new SetAsides(foreignKeys, keys, lookupIndexes, truncateUnreferenced(target, copied));
    }

    /** Truncates the (empty) copied tables that TRUNCATE allows, so that COPY FREEZE may write them. */
    private static Set<String> truncateUnreferenced(Connection target, Set<String> copied) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = target.prepareStatement(UNREFERENCED)) {
            query.setArray(1, target.createArrayOf("text", copied.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (!tables.isEmpty()) {
            Sql.execute(target, "truncate " + tables.stream().map(Sql::quote).collect(Collectors.joining(", ")));
        }
        return Set.copyOf(tables);
    }

    /**
     * Takes EXCLUSIVE locks on the copied tables (others may read, nobody else may write) so that what is verified is
     * what the target holds at commit.
     */
    private static void lockTables(Connection target, CopyPlan plan, CopyRun run) throws SQLException {
        for (TablePlan table : plan.tables()) {
            try {
                Sql.execute(target, "lock table " + Sql.quote(table.name()) + " in exclusive mode");
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw e;
                }
                Sql.rollbackQuietly(target);
                throw new CopyException("Waited more than " + run.options.lockTimeoutSeconds() + " s ("
                        + run.options.setting("lockTimeout") + ") for a lock on the target table " + table.name()
                        + ", held by " + lockHolders(target, table.name()) + ". Nothing was committed. End that "
                        + "session's transaction (or stop it with pg_terminate_backend(pid)) and run the copy again.", e);
            }
        }
    }

    static final String LOCK_NOT_AVAILABLE = "55P03";

    /** The other sessions holding a lock on a table: process id, application, user, state, start of their query. */
    private static String lockHolders(Connection target, String table) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement query = target.prepareStatement("select a.pid, a.application_name, a.usename, a.state, "
                + "a.xact_start::text, a.query_start::text from pg_stat_activity a where a.pid <> pg_backend_pid() and "
                + "a.pid in (select l.pid from pg_locks l where l.granted and l.relation = to_regclass(?)) order by 1")) {
            query.setString(1, Sql.quote(table));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    holders.add("session " + rows.getInt(1) + " (application_name '" + rows.getString(2) + "', user "
                            + rows.getString(3) + ", " + rows.getString(4) + ", transaction started " + rows.getString(5)
                            + ", last query started " + rows.getString(6) + ")");
                }
            }
        }
        return holders.isEmpty() ? "a session that has ended since" : String.join(" and ", holders);
    }

    /** The planned tables of the target that hold at least one row. */
    static List<String> nonEmptyTables(Connection target, CopyPlan plan) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (TablePlan table : plan.tables()) {
            if (Sql.queryLong(target, "select count(*) from (select 1 from " + Sql.quote(table.name()) + " limit 1) t") > 0) {
                filled.add(table.name());
            }
        }
        return filled;
    }

    private static void emptyTables(Connection target, CopyPlan plan, CopyRun run) throws SQLException {
        List<String> names = plan.tables().stream().map(TablePlan::name).toList();
        if (run.options.tables().isEmpty()) {
            List<String> alsoEmptied = referencingTables(target, names).stream().filter(t -> !names.contains(t)).toList();
            Sql.execute(target, "truncate " + names.stream().map(Sql::quote).collect(Collectors.joining(", ")) + " cascade");
            if (!alsoEmptied.isEmpty()) {
                run.warn("Also emptied (truncate cascade), as tables whose foreign keys reference the copied tables: "
                        + String.join(", ", alsoEmptied));
            }
        } else {
            for (int i = names.size() - 1; i >= 0; i--) {
                Sql.execute(target, "delete from " + Sql.quote(names.get(i)));
            }
        }
        run.log.info("Emptied " + names.size() + " target tables (" + run.options.setting("deleteData")
                + "), in the copy's transaction: " + String.join(", ", names));
    }

    /** The tables whose foreign keys reference the given ones, directly or through others: what a cascade empties. */
    private static List<String> referencingTables(Connection target, List<String> names) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = target.prepareStatement(REFERENCING)) {
            query.setArray(1, target.createArrayOf("text", names.stream().map(Sql::quote).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }
}
