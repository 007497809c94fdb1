package org.openimis.schema.copy;

import org.hibernate.type.SqlTypes;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.ForeignKeyModel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The preflight phase: before anything is written, set-based queries on the source find every value that cannot be
 * written exactly into its target column (one aggregate scan per table, a second one for daylight saving times where
 * the source time zone has transitions, then up to five sample keys per finding). Findings that stop the run are
 * thrown together; the others are reported under their policy.
 */
final class Preflight {

    private static final int SAMPLES = 5;

    private static final String VALIDATED_FOREIGN_KEYS = """
            select t.relname, a.attname, p.relname
            from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            join pg_class p on p.oid = c.confrelid
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and c.convalidated and cardinality(c.conkey) = 1
              and c.connamespace = (select oid from pg_namespace where nspname = ?)""";

    /** One predicate over one source column, with the values it binds in order. */
    private record Probe(ColumnModel target, PreflightCheck check, String detail, String predicate, List<Object> binds,
                         boolean stops, String references) {

        Probe(ColumnModel target, PreflightCheck check, String detail, String predicate, List<Object> binds, boolean stops) {
            this(target, check, detail, predicate, binds, stops, null);
        }
    }

    private final Source source;
    private final CopyRun run;
    private final Map<String, TablePlan> planned;

    private final Set<String> checkedBySource;

    private Preflight(Source source, CopyRun run, CopyPlan plan) throws SQLException {
        this.source = source;
        this.run = run;
        this.planned = plan.tables().stream().collect(Collectors.toMap(TablePlan::name, Function.identity()));
        this.checkedBySource = foreignKeysTheSourceChecks(source);
    }

    /**
     * The single-column foreign keys a PostgreSQL source has validated, as {@code table.column>parent}: their values all
     * have a parent row there, so the preflight need not look for orphans (unless history rows are left out).
     */
    private static Set<String> foreignKeysTheSourceChecks(Source source) throws SQLException {
        if (source.kind() != SourceKind.POSTGRESQL) {
            return Set.of();
        }
        Set<String> checked = new HashSet<>();
        try (PreparedStatement query = source.catalogConnection().prepareStatement(VALIDATED_FOREIGN_KEYS)) {
            query.setString(1, source.schema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    checked.add(rows.getString(1) + "." + rows.getString(2) + ">" + rows.getString(3));
                }
            }
        }
        return checked;
    }

    /** Runs every check on every planned table; returns all findings, those that stop the run first. */
    static List<PreflightFinding> run(CopyPlan plan, Source source, CopyRun run) throws SQLException {
        Preflight preflight = new Preflight(source, run, plan);
        List<PreflightFinding> findings = new ArrayList<>();
        for (TablePlan table : plan.tables()) {
            List<Probe> probes = preflight.probes(table);
            findings.addAll(preflight.findings(table, probes));
            findings.addAll(preflight.findings(table, preflight.daylightSavingProbes(table)));
        }
        findings.sort((a, b) -> Boolean.compare(b.stopsTheRun(), a.stopsTheRun()));
        return findings;
    }

    private List<Probe> probes(TablePlan table) {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < table.targetColumns().size(); i++) {
            ColumnModel target = table.targetColumns().get(i);
            SourceColumn column = table.sourceColumns().get(i);
            String c = "t." + source.quote(column.name());
            int targetType = target.sqlTypeCode();
            if (!target.nullable() && column.nullable()) {
                probes.add(new Probe(target, PreflightCheck.NULL_INTO_NOT_NULL, "", c + " is null", List.of(), true));
            }
            if (target.length() != null && (column.size() <= 0 || column.size() > target.length())) {
                boolean padded = target.ddlType().startsWith("char(");
                probes.add(new Probe(target, PreflightCheck.TOO_LONG, target.ddlType(),
                        source.kind().charLength(padded ? "rtrim(" + c + ")" : c) + " > " + target.length(), List.of(), true));
            }
            integerRange(target, column).ifPresent(limit -> probes.add(new Probe(target, PreflightCheck.OUT_OF_RANGE,
                    target.ddlType(), "(" + c + " < " + (-limit - 1) + " or " + c + " > " + limit + ")" + notNaN(column, c),
                    List.of(), true)));
            if (isInteger(targetType) && ColumnCodec.fractional(column)) {
                probes.add(new Probe(target, PreflightCheck.EXCESS_SCALE, target.ddlType(), c + " <> round(" + c + ", 0)",
                        List.of(), true));
            }
            if (isInteger(targetType) && source.kind() == SourceKind.POSTGRESQL && ColumnCodec.fractional(column)) {
                probes.add(new Probe(target, PreflightCheck.NOT_A_NUMBER, target.ddlType(), c + " = 'NaN'", List.of(), true));
            }
            if (isNumeric(targetType)) {
                numericProbes(target, column, c, probes);
            }
            if (targetType == SqlTypes.DATE && isDateTime(column)) {
                probes.add(new Probe(target, PreflightCheck.TIME_OF_DAY_DROPPED, "", "cast(" + c + " as time) <> cast('00:00:00' as time)",
                        List.of(), false));
            }
            if (source.kind() == SourceKind.POSTGRESQL && isTemporal(targetType)) {
                probes.add(new Probe(target, PreflightCheck.DATE_OUT_OF_RANGE, "", "not isfinite(" + c + ") or " + c
                        + " < '0001-01-01' or " + c + " >= '10000-01-01'", List.of(), true));
            }
            if (run.options.legacyConventions()) {
                LegacyConvention.of(table.name(), target.name()).ifPresent(convention -> probes.add(new Probe(target,
                        PreflightCheck.LEGACY_CONVENTION, convention.value() + " (" + convention.meaning() + ")", c + " = " + convention.value(), List.of(), false)));
            }
        }
        probes.addAll(orphanProbes(table));
        return probes;
    }

    private void numericProbes(ColumnModel target, SourceColumn column, String c, List<Probe> probes) {
        boolean exactSource = column.jdbcType() == Types.DECIMAL || column.jdbcType() == Types.NUMERIC;
        Integer scale = target.scale();
        Integer precision = target.precision();
        if (scale != null && (!exactSource || column.decimalDigits() > scale || column.size() <= 0)) {
            probes.add(new Probe(target, PreflightCheck.EXCESS_SCALE, target.ddlType(), c + " <> round(" + c + ", " + scale + ")",
                    List.of(), true));
        }
        if (precision != null && scale != null
                && (!exactSource || column.size() <= 0 || column.size() - column.decimalDigits() > precision - scale)) {
            String limit = "1" + "0".repeat(precision - scale);
            probes.add(new Probe(target, PreflightCheck.OUT_OF_RANGE, target.ddlType(),
                    "(" + c + " >= " + limit + " or " + c + " <= -" + limit + ")" + notNaN(column, c), List.of(), true));
        }
        if (source.kind() == SourceKind.POSTGRESQL && exactSource) {
            probes.add(new Probe(target, PreflightCheck.NOT_A_NUMBER, target.ddlType(), c + " = 'NaN'", List.of(), true));
        }
    }

    /** PostgreSQL sorts NaN above every number: range checks leave it to the NaN check. */
    private String notNaN(SourceColumn column, String c) {
        boolean decimal = column.jdbcType() == Types.DECIMAL || column.jdbcType() == Types.NUMERIC;
        return source.kind() == SourceKind.POSTGRESQL && decimal ? " and " + c + " <> 'NaN'" : "";
    }

    /** Foreign key values of this table whose parent row the copy does not bring (after the history filter). */
    private List<Probe> orphanProbes(TablePlan table) {
        List<Probe> probes = new ArrayList<>();
        for (ForeignKeyModel fk : table.table().foreignKeys()) {
            Optional<SourceColumn> child = table.sourceColumn(fk.columns().get(0));
            TablePlan parent = planned.get(fk.referencedTable());
            if (child.isEmpty() || parent == null) {
                continue; // parents outside the copy are checked in the target after the load
            }
            Optional<SourceColumn> parentKey = parent.sourceColumn(fk.referencedColumns().get(0));
            boolean checkedThere = parent.validityColumn() == null && checkedBySource.contains(
                    table.sourceTable() + "." + child.get().name() + ">" + parent.sourceTable());
            if (parentKey.isEmpty() || checkedThere) {
                continue;
            }
            ColumnModel target = table.table().column(fk.columns().get(0)).orElseThrow();
            String c = "t." + source.quote(child.get().name());
            StringBuilder predicate = new StringBuilder(c + " is not null");
            if (run.options.legacyConventions()) {
                LegacyConvention.of(table.name(), target.name())
                        .ifPresent(convention -> predicate.append(" and ").append(c).append(" <> ").append(convention.value()));
            }
            List<Object> binds = new ArrayList<>();
            predicate.append(" and not exists (select 1 from ").append(source.qualified(parent.sourceTable()))
                    .append(" p where p.").append(source.quote(parentKey.get().name())).append(" = ").append(c);
            if (parent.validityColumn() != null) {
                String validity = "p." + source.quote(parent.validityColumn());
                predicate.append(" and (").append(validity).append(" is null or ").append(validity).append(" >= ?)");
                binds.add(HistoryCutoff.class);
            }
            predicate.append(')');
            boolean stops = run.options.orphans() == OrphanPolicy.FAIL || !target.nullable();
            String policy = !stops ? ", set to NULL (" + run.options.setting("orphans") + "=null)"
                    : run.options.orphans() == OrphanPolicy.NULL ? " (NOT NULL column: cannot be set to NULL)" : "";
            probes.add(new Probe(target, PreflightCheck.ORPHAN, policy, predicate.toString(), binds, stops, fk.referencedTable()));
        }
        return probes;
    }

    /** Zone-less date-times placed in a source time zone with transitions: gaps stop the run, overlaps are counted. */
    private List<Probe> daylightSavingProbes(TablePlan table) throws SQLException {
        ZoneRules rules = run.options.sourceTimeZone().getRules();
        if (rules.isFixedOffset()) {
            return List.of();
        }
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < table.targetColumns().size(); i++) {
            if (ColumnCodec.kindOf(table.targetColumns().get(i), table.sourceColumns().get(i)) == ColumnCodec.Kind.LOCAL_TIMESTAMP_AS_TZ) {
                columns.add(i);
            }
        }
        if (columns.isEmpty()) {
            return List.of();
        }
        String select = columns.stream().map(i -> "t." + source.quote(table.sourceColumns().get(i).name()))
                .map(c -> "min(" + c + "), max(" + c + ")").collect(Collectors.joining(", "));
        List<Probe> probes = new ArrayList<>();
        try (PreparedStatement bounds = source.catalogConnection().prepareStatement(
                "select " + select + " from " + source.qualified(table.sourceTable()) + " t" + historyFilter(table))) {
            bindHistory(table, bounds, 1);
            try (ResultSet row = bounds.executeQuery()) {
                row.next();
                for (int k = 0; k < columns.size(); k++) {
                    Timestamp min = row.getTimestamp(2 * k + 1);
                    Timestamp max = row.getTimestamp(2 * k + 2);
                    if (min != null) {
                        int i = columns.get(k);
                        transitionProbes(table.targetColumns().get(i), "t." + source.quote(table.sourceColumns().get(i).name()),
                                rules, min.toLocalDateTime(), max.toLocalDateTime(), probes);
                    }
                }
            }
        }
        return probes;
    }

    private void transitionProbes(ColumnModel target, String c, ZoneRules rules, LocalDateTime min, LocalDateTime max,
                                  List<Probe> probes) {
        String zone = run.options.sourceTimeZone().getId();
        List<Object> gaps = new ArrayList<>();
        List<Object> overlaps = new ArrayList<>();
        Instant from = min.minusDays(2).toInstant(ZoneOffset.UTC);
        Instant until = max.plusDays(2).toInstant(ZoneOffset.UTC);
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
             t = rules.nextTransition(t.getInstant())) {
            if (t.isGap()) {
                gaps.add(t.getDateTimeBefore());
                gaps.add(t.getDateTimeAfter());
            } else {
                overlaps.add(t.getDateTimeAfter());
                overlaps.add(t.getDateTimeBefore());
            }
        }
        if (!gaps.isEmpty()) {
            probes.add(new Probe(target, PreflightCheck.DST_GAP, zone, ranges(c, gaps.size() / 2), gaps, true));
        }
        if (!overlaps.isEmpty()) {
            probes.add(new Probe(target, PreflightCheck.DST_OVERLAP, zone, ranges(c, overlaps.size() / 2), overlaps, false));
        }
    }

    private static String ranges(String c, int count) {
        return IntStream.range(0, count).mapToObj(i -> "(" + c + " >= ? and " + c + " < ?)")
                .collect(Collectors.joining(" or "));
    }

    /** Counts each probe's values in one scan, then reads sample keys of the probes that found some. */
    private List<PreflightFinding> findings(TablePlan table, List<Probe> probes) throws SQLException {
        if (probes.isEmpty()) {
            return List.of();
        }
        String counts = probes.stream().map(p -> "sum(case when " + p.predicate() + " then 1 else 0 end)")
                .collect(Collectors.joining(", "));
        List<PreflightFinding> findings = new ArrayList<>();
        try (PreparedStatement query = source.catalogConnection().prepareStatement(
                "select " + counts + " from " + source.qualified(table.sourceTable()) + " t" + historyFilter(table))) {
            int index = 1;
            for (Probe probe : probes) {
                index = bind(query, index, probe.binds());
            }
            bindHistory(table, query, index);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                for (int i = 0; i < probes.size(); i++) {
                    long count = row.getLong(i + 1);
                    if (count > 0) {
                        Probe probe = probes.get(i);
                        findings.add(new PreflightFinding(table.name(), probe.target().name(), probe.references(),
                                probe.check(), probe.check().problem(probe.detail()), count, samples(table, probe),
                                probe.stops()));
                    }
                }
            }
        }
        return findings;
    }

    /** Up to five rows the probe found: their key, and the value unless the column holds secrets. */
    private List<String> samples(TablePlan table, Probe probe) throws SQLException {
        List<String> keys = table.table().keyColumns();
        List<String> sourceKeys = keys.stream().map(k -> table.sourceColumn(k).map(SourceColumn::name).orElse(null)).toList();
        String value = table.sourceColumn(probe.target().name()).map(c -> "t." + source.quote(c.name())).orElseThrow();
        boolean showValue = !SecretColumns.isSecret(probe.target().name());
        List<String> selected = new ArrayList<>();
        sourceKeys.stream().filter(Objects::nonNull).forEach(k -> selected.add("t." + source.quote(k)));
        String order = selected.isEmpty() ? value : String.join(", ", selected);
        if (showValue) {
            selected.add(value);
        }
        if (selected.isEmpty()) {
            return List.of("rows of a table without key");
        }
        String where = historyFilter(table);
        String sql = "select " + String.join(", ", selected) + " from " + source.qualified(table.sourceTable()) + " t"
                + (where.isEmpty() ? " where " : where + " and ") + "(" + probe.predicate() + ") order by " + order
                + " offset 0 rows fetch next " + SAMPLES + " rows only";
        List<String> samples = new ArrayList<>();
        try (PreparedStatement query = source.catalogConnection().prepareStatement(sql)) {
            int index = bindHistory(table, query, 1);
            bind(query, index, probe.binds());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> key = new ArrayList<>();
                    int column = 1;
                    for (int k = 0; k < keys.size(); k++) {
                        if (sourceKeys.get(k) != null) {
                            key.add(keys.get(k) + "=" + rows.getString(column++));
                        }
                    }
                    String keyText = String.join(",", key);
                    if (showValue) {
                        String shown = probe.target().name() + "=" + abbreviated(rows.getString(column));
                        samples.add(keyText.isEmpty() ? shown : keyText + " (" + shown + ")");
                    } else {
                        samples.add(keyText);
                    }
                }
            }
        }
        return samples;
    }

    /** The WHERE clause that leaves history rows out when they are skipped, with one parameter: the cut-off. */
    private String historyFilter(TablePlan table) {
        if (table.validityColumn() == null) {
            return "";
        }
        String validity = "t." + source.quote(table.validityColumn());
        return " where (" + validity + " is null or " + validity + " >= ?)";
    }

    private int bindHistory(TablePlan table, PreparedStatement statement, int index) throws SQLException {
        if (table.validityColumn() != null) {
            source.historyCutoff().bind(statement, index++);
        }
        return index;
    }

    private int bind(PreparedStatement statement, int index, List<Object> values) throws SQLException {
        for (Object value : values) {
            if (value == HistoryCutoff.class) {
                source.historyCutoff().bind(statement, index++);
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }

    private static String abbreviated(String value) {
        return value != null && value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }

    private static boolean isInteger(int type) {
        return type == SqlTypes.SMALLINT || type == SqlTypes.TINYINT || type == SqlTypes.INTEGER || type == SqlTypes.BIGINT;
    }

    private static boolean isNumeric(int type) {
        return type == SqlTypes.NUMERIC || type == SqlTypes.DECIMAL;
    }

    private static boolean isTemporal(int type) {
        return type == SqlTypes.DATE || type == SqlTypes.TIMESTAMP || type == SqlTypes.TIMESTAMP_WITH_TIMEZONE
                || type == SqlTypes.TIMESTAMP_UTC;
    }

    private static boolean isDateTime(SourceColumn column) {
        return column.jdbcType() == Types.TIMESTAMP || column.jdbcType() == Types.TIMESTAMP_WITH_TIMEZONE;
    }

    /** The largest value of an integer target column, where the source can hold larger ones. */
    private static Optional<Long> integerRange(ColumnModel target, SourceColumn column) {
        long limit = switch (target.sqlTypeCode()) {
            case SqlTypes.SMALLINT, SqlTypes.TINYINT -> Short.MAX_VALUE;
            case SqlTypes.INTEGER -> Integer.MAX_VALUE;
            default -> 0;
        };
        int sourceType = column.jdbcType();
        boolean wider = sourceType == Types.BIGINT || sourceType == Types.DECIMAL || sourceType == Types.NUMERIC
                || limit == Short.MAX_VALUE && sourceType == Types.INTEGER;
        return limit > 0 && wider ? Optional.of(limit) : Optional.empty();
    }
}
