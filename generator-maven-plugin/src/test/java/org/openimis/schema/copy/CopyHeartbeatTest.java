package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Heartbeat;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.testing.FreezingProxy;
import org.openimis.schema.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that stops answering after login (a real PostgreSQL behind a proxy that stops forwarding and keeps the
 * sockets open) ends the copy within a bound, naming the server, what the copy was doing and the setting, nothing
 * committed; a long statement on a server that answers is not cut short. Heartbeats of 1 s keep the tests short.
 */
class CopyHeartbeatTest {

    private static final String MANY_ROWS = """
            INSERT INTO health_check_db_testmodel (id, title) SELECT g, 'row ' || g FROM generate_series(1, 200000) g;
            """;

    private final List<String> log = new ArrayList<>();

    @Test
    void aNegativeHeartbeatIsRefusedAndZeroWatchesNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CopyOptions.builder().settingPrefix("openimis.copy.").heartbeatSeconds(-1).build());
        assertEquals("openimis.copy.heartbeatSeconds must be 0 (no heartbeat) or more, not -1", e.getMessage());

        ConnectionSettings nowhere = new ConnectionSettings("target", "openimis.target", "jdbc:postgresql://127.0.0.1:1/none",
                "nobody", "secret");
        try (Heartbeat off = Heartbeat.start(nowhere, "heartbeat test", 0)) {
            assertNull(off.silence(), "no session opened, nothing asked");
        }
    }

    @Test
    void aWatchedStatementLongerThanTheHeartbeatRunsToItsEnd() throws Exception {
        TestDatabase database = TestDatabase.create("heartbeat_long");
        ConnectionSettings server = settings("target", database, database.url());
        try (Heartbeat heartbeat = Heartbeat.start(server, "heartbeat test", 1);
             Connection work = heartbeat.watch(server.connect()); Statement statement = work.createStatement()) {

            statement.execute("select pg_sleep(3)");

            assertNull(heartbeat.silence());
        }
    }

    @Test
    void aServerThatStopsAnsweringWakesTheWatchedConnections() throws Exception {
        TestDatabase database = TestDatabase.create("heartbeat_frozen");
        try (FreezingProxy proxy = new FreezingProxy(database.url())) {
            ConnectionSettings server = settings("target", database, proxy.url(database.url()));
            try (Heartbeat heartbeat = Heartbeat.start(server, "heartbeat test", 1);
                 Connection work = heartbeat.watch(server.connect()); Statement statement = work.createStatement()) {
                proxy.freeze();
                long start = System.nanoTime();

                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(SQLException.class,
                        () -> statement.execute("select 1")));

                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "woken within two heartbeats and a bit");
                assertEquals("did not answer the heartbeat within 1 s", heartbeat.silence());
            }
        }
    }

    @Test
    void aTargetThatStopsAnsweringMidCopyFailsTheRunNamingIt() throws Exception {
        assertFreezingMidCopyFailsTheRun("target", "copy of ");
    }

    @Test
    void aSourceThatStopsAnsweringMidCopyFailsTheRunNamingIt() throws Exception {
        assertFreezingMidCopyFailsTheRun("source", "");
    }

    /**
     * The target stops answering just as the copy commits: the run cannot know whether the commit took effect, and says
     * so (never "Nothing was committed"), naming the table to look at; the report's status is "unknown".
     */
    @Test
    void aTargetThatStopsAnsweringDuringTheCommitLeavesItsOutcomeUnknownAndSaysHowToTell() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("heartbeat_commit", CopyOptionsTest.FIXTURE + MANY_ROWS);
        try (FreezingProxy proxy = new FreezingProxy(db.target.url())) {
            ConnectionSettings target = settings("target", db.target, proxy.url(db.target.url()));
            Path report = Files.createTempFile("commit", ".json");
            DataCopier copier = new DataCopier(ToolLog.lines(line -> {
                log.add(line);
                if (line.startsWith("Set ") && line.contains(" sequences past the copied values")) {
                    proxy.freeze(); // the next statement on the target is the COMMIT
                }
            }));

            CommitOutcomeUnknown e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    CommitOutcomeUnknown.class, () -> copier.copy(OpenImisEntities.all(), db.sourceSettings(), null,
                            target, CopyOptionsTest.asTheGoalNamesThem(CopyOptions.builder().heartbeatSeconds(1)
                                    .report(report).build()))));

            assertEquals("The connection to the " + target + " was lost while the copy committed (The target server "
                    + target.maskedUrl() + " did not answer the heartbeat within 1 s (openimis.copy.heartbeatSeconds=1)):"
                    + " whether the commit took effect is unknown. The copy is one transaction, so the target holds all "
                    + "of it or nothing: if health_check_db_testmodel holds rows there, the copy was committed whole; if "
                    + "it is empty, nothing was, and the copy can be run again.", e.getMessage());
            assertTrue(log.stream().noneMatch(l -> l.contains("Nothing was committed")), log::toString);
            assertTrue(Files.readString(report).contains("\"status\": \"unknown\""), Files.readString(report));
        }
        // here the COMMIT never passed the frozen proxy: once its sockets closed, the server rolled the copy back
        assertEquals(0, CopyDatabases.count(db.target, "select count(*) from health_check_db_testmodel"));
    }

    /** A statement on the target that takes 3 s (a trigger) under a heartbeat of 1 s: the copy commits. */
    @Test
    void aLongStatementOnAServerThatAnswersIsNotCutShort() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("heartbeat_slow", CopyOptionsTest.FIXTURE);
        CopyDatabases.execute(db.target, """
                create function slow() returns trigger language plpgsql as $$
                begin perform pg_sleep(3); return null; end $$;
                create trigger slow after insert on "tblGender" for each statement execute function slow();
                """);

        CopyReport report = copy(db.sourceSettings(), db.targetSettings(), CopyOptions.builder().heartbeatSeconds(1));

        assertEquals("committed", report.status());
        assertTrue(report.tables().stream().anyMatch(t -> t.table().equals("tblGender") && t.seconds() >= 3),
                report::summary);
        assertTrue(log.contains("Heartbeat: each server must answer within 1 s, every 1 s "
                + "(openimis.copy.heartbeatSeconds)"), log::toString);
    }

    /** The source or the target behind a proxy frozen mid-copy: the run fails naming it, the target unchanged. */
    private void assertFreezingMidCopyFailsTheRun(String role, String doing) throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("heartbeat_" + role, CopyOptionsTest.FIXTURE + MANY_ROWS);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        TestDatabase frozen = role.equals("target") ? db.target : db.source;
        try (FreezingProxy proxy = new FreezingProxy(frozen.url())) {
            ConnectionSettings proxied = settings(role, frozen, proxy.url(frozen.url()));

            CopyException e = copyFrozenMidCopy(role.equals("source") ? proxied : db.sourceSettings(),
                    role.equals("target") ? proxied : db.targetSettings(), proxy);

            assertTrue(e.getMessage().startsWith("The " + role + " server " + proxied.maskedUrl() + " did not answer "
                    + "the heartbeat within 1 s (openimis.copy.heartbeatSeconds=1) while the copy was at " + doing),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
        }
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    /** Copies with a heartbeat of 1 s, freezing the proxy once the first table is copied; returns the failure. */
    private CopyException copyFrozenMidCopy(ConnectionSettings source, ConnectionSettings target, FreezingProxy proxy) {
        long[] frozenAt = {0};
        CopyException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(CopyException.class,
                () -> new DataCopier(ToolLog.lines(line -> {
                    synchronized (log) {
                        log.add(line);
                    }
                    if (frozenAt[0] == 0 && line.contains(" rows copied and verified ")) {
                        proxy.freeze();
                        frozenAt[0] = System.nanoTime();
                    }
                })).copy(OpenImisEntities.all(), source, null, target, CopyOptionsTest.asTheGoalNamesThem(
                        CopyOptions.builder().heartbeatSeconds(1).batchSize(1000).build()))));
        assertTrue(frozenAt[0] > 0, log::toString);
        double seconds = (System.nanoTime() - frozenAt[0]) / 1e9;
        assertTrue(seconds < 10, "failed " + seconds + " s after the freeze");
        return e;
    }

    private CopyReport copy(ConnectionSettings source, ConnectionSettings target, CopyOptions.Builder options) {
        return new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(), source, null, target,
                CopyOptionsTest.asTheGoalNamesThem(options.build()));
    }

    private static ConnectionSettings settings(String role, TestDatabase database, String url) {
        return new ConnectionSettings(role, "openimis." + role, url, database.user(), database.password());
    }
}
