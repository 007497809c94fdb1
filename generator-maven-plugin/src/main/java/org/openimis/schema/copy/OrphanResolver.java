package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.TableModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The complete phase's orphan step: finds foreign key values without parent row (per foreign key: count and sample
 * keys), then fails the run or sets them to NULL, as the orphan policy says. A foreign key whose parent table is copied
 * too was looked at in the source by the preflight: it is searched again only where the preflight found orphans.
 */
final class OrphanResolver {

    private final CopyRun run;

    OrphanResolver(CopyRun run) {
        this.run = run;
    }

    /**
     * Resolves the orphans of the copied tables, given the preflight's findings; returns, per table, how many values
     * were set to NULL.
     */
    Map<String, Long> resolve(Connection target, CopyPlan plan, List<PreflightFinding> findings) throws SQLException {
        Map<String, TablePlan> copied = plan.tables().stream().collect(Collectors.toMap(TablePlan::name, t -> t));
        Set<String> foundInSource = findings.stream().filter(f -> f.check() == PreflightCheck.ORPHAN)
                .map(f -> f.table() + "." + f.column()).collect(Collectors.toSet());
        List<String> failures = new ArrayList<>();
        boolean nullableFailures = false;
        Map<String, Long> nulled = new LinkedHashMap<>();
        for (TablePlan table : plan.tables()) {
            for (ForeignKeyModel fk : table.table().foreignKeys()) {
                String column = fk.columns().get(0);
                if (table.targetColumns().stream().noneMatch(c -> c.name().equals(column))
                        || checkedInSource(copied.get(fk.referencedTable()), fk, foundInSource)) {
                    continue;
                }
                String orphans = "from " + Sql.quote(fk.table()) + " c where c." + Sql.quote(column)
                        + " is not null and not exists (select 1 from " + Sql.quote(fk.referencedTable()) + " p where p."
                        + Sql.quote(fk.referencedColumns().get(0)) + " = c." + Sql.quote(column) + ")";
                long count = Sql.queryLong(target, "select count(*) " + orphans);
                if (count == 0) {
                    continue;
                }
                boolean danglingHistory = !run.options.historical() && copied.containsKey(fk.referencedTable());
                String description = String.format(Locale.ROOT, "%s.%s -> %s: %,d value(s) without parent row (e.g. %s)%s",
                        fk.table(), column, fk.referencedTable(), count, samples(target, table.table(), column, orphans),
                        danglingHistory ? "; history rows skipped by " + run.options.setting("historical")
                                + "=false may be their parents" : "");
                boolean nullable = table.table().column(column).orElseThrow().nullable();
                if (run.options.orphans() == OrphanPolicy.NULL && nullable) {
                    Sql.execute(target, "update " + Sql.quote(fk.table()) + " c set " + Sql.quote(column) + " = null "
                            + orphans.substring(orphans.indexOf(" where ")));
                    nulled.merge(fk.table(), count, Long::sum);
                    run.warn(description + ": set to NULL (" + run.options.setting("orphans") + "=null)");
                } else {
                    nullableFailures |= nullable;
                    failures.add(description + (run.options.orphans() == OrphanPolicy.NULL
                            ? " (NOT NULL column: cannot be set to NULL)" : ""));
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(run.report::note);
            // advise the policy only where it is not set already and would help (a NOT NULL column cannot be nulled)
            boolean advise = run.options.orphans() != OrphanPolicy.NULL && nullableFailures;
            throw new CopyException("Foreign key values without parent row:\n  " + String.join("\n  ", failures)
                    + "\nFix the source" + (advise ? ", copy the parent tables too, or set "
                    + run.options.setting("orphans") + "=null to set such values to NULL." : " or copy the parent tables too.")
                    + " Nothing was committed.");
        }
        return nulled;
    }

    /** Whether the preflight looked for this foreign key's orphans in the source and found none. */
    private static boolean checkedInSource(TablePlan parent, ForeignKeyModel fk, Set<String> foundInSource) {
        return parent != null && parent.sourceColumn(fk.referencedColumns().get(0)).isPresent()
                && !foundInSource.contains(fk.table() + "." + fk.columns().get(0));
    }

    private static String samples(Connection target, TableModel table, String column, String orphans) throws SQLException {
        List<String> keys = table.keyColumns().isEmpty() ? List.of(column) : table.keyColumns();
        String select = "select " + keys.stream().map(k -> "c." + Sql.quote(k) + "::text").collect(Collectors.joining(" || ',' || "))
                + " || ' (" + column + "=' || c." + Sql.quote(column) + "::text || ')' " + orphans + " order by 1 limit 5";
        String names = String.join(",", keys);
        return Sql.queryStrings(target, select).stream().map(sample -> names + "=" + sample).collect(Collectors.joining("; "));
    }
}
