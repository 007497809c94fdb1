package org.openimis.schema.copy;

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
 * The prepare phase, in the copy's transaction on the target: refuse a non-empty target (or empty it with
 * deleteData), and set the copied tables' foreign keys and lookup indexes aside for the load.
 */
final class TargetPreparation {

    /** What was set aside, to restore in the complete phase. */
    record SetAsides(SetAside foreignKeys, SetAside lookupIndexes) {
    }

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
        return new SetAsides(foreignKeys, SetAside.lookupIndexes(target, copied::contains));
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
