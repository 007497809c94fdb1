import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.openimis.schema.apply.ApplyMode
import org.openimis.schema.apply.SchemaApplier
import org.openimis.schema.ddl.DdlTarget
import org.openimis.schema.entities.OpenImisEntities
import org.openimis.schema.extras.SqlExtras
import org.openimis.schema.log.ToolLog
import org.openimis.schema.script.SchemaScript

// A real PostgreSQL for this test, stopped by verify.groovy; the builds get its URL through test.properties.
// The schema is built twice by apply: "public" stays as built, "drifted" is altered as installations drift.
def postgres = EmbeddedPostgres.builder().start()
context.put('postgres', postgres)
def script = SchemaScript.of(OpenImisEntities.all(), SqlExtras.fromClasspath(SchemaApplier.classLoader), DdlTarget.POSTGRESQL)
def connection = postgres.postgresDatabase.connection
try {
    def applier = new SchemaApplier(ToolLog.lines({ line -> println line }))
    applier.apply(connection, script, ApplyMode.CREATE)
    connection.createStatement().execute('alter schema public rename to drifted; create schema public')
    connection.commit()
    applier.apply(connection, script, ApplyMode.CREATE)
    connection.autoCommit = true
    connection.createStatement().execute('''
        set search_path = drifted;
        alter table "tblInsuree" alter column "CHFID" type varchar(50);
        alter table "tblClaim" alter constraint "tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID" not deferrable;
        drop view "uvwClaimEntered";
        create view "uvwClaimEntered" as
            select count(*) as "TotalClaimEntered", month(c."DateFrom") as "monthtime", quarter(c."DateFrom") as "quartertime",
                   year(c."DateFrom") as "yeartime", hf."HFLevel", hf."HFCode", hf."HFName",
                   hfd."DistrictName" as "HFDistrict", hfr."RegionName" as "HFRegion"
            from "tblClaim" c
            join "tblHF" hf on hf."HfID" = c."HFID"
            join "tblDistricts" hfd on hfd."DistrictId" = hf."LocationId"
            join "tblRegions" hfr on hfr."RegionId" = hfd."Region"
            where c."ValidityTo" is null
            group by 2, 3, 4, 5, 6, 7, 8, 9;
        create table "my_report_cache" ("id" integer primary key, "payload" text);
        set search_path = public''')
} finally {
    connection.close()
}
new File(basedir, 'test.properties').text =
        "openimis.url=${postgres.getJdbcUrl('postgres', 'postgres')}\nopenimis.user=postgres\nopenimis.password=secret-not-logged\n"
return true
