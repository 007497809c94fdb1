import org.openimis.schema.apply.ApplyMode
import org.openimis.schema.apply.SchemaApplier
import org.openimis.schema.ddl.DdlTarget
import org.openimis.schema.entities.OpenImisEntities
import org.openimis.schema.extras.SqlExtras
import org.openimis.schema.log.ToolLog
import org.openimis.schema.script.SchemaScript
import org.openimis.schema.testing.SchemaCatalog

/** The catalogue of a database built from the openIMIS entities and the bundled sql-extras alone. */
TreeSet<String> catalogOfOpenImisOnly(postgres) {
    def admin = postgres.postgresDatabase.connection
    try {
        admin.createStatement().execute('create database openimis_only')
    } finally {
        admin.close()
    }
    def script = SchemaScript.of(OpenImisEntities.all(), SqlExtras.fromClasspath(SchemaApplier.classLoader), DdlTarget.POSTGRESQL)
    def connection = postgres.getDatabase('postgres', 'openimis_only').connection
    try {
        new SchemaApplier(ToolLog.lines({ line -> println line })).apply(connection, script, ApplyMode.CREATE)
        return SchemaCatalog.read(connection)
    } finally {
        connection.close()
    }
}


def postgres = context.get('postgres')
try {
    def log = new File(basedir, 'build.log').text

    // invocation 1: one schema, the openIMIS objects and the project's
    def schema = new File(basedir, 'schema/openimis-postgresql.sql').text
    assert schema.contains('create table "tblInsuree" (')
    assert schema.contains('create table "referral_Referral" (')
    assert schema.contains('create table "referral_ReferralFeedback" (')
    assert schema.contains('add constraint "referral_Referral_InsureeID_fk_tblInsuree_InsureeID"\n'
            + '    foreign key ("InsureeID")\n    references "tblInsuree" ("InsureeID") deferrable initially deferred;')
    def bundledView = schema.indexOf('-- sql-extras: views/tblDistricts.sql')
    def projectView = schema.indexOf('-- sql-extras: views/uvwReferralsByDistrict.sql')
    assert bundledView > 0 && projectView > bundledView : 'the project view comes after the bundled view it requires'
    assert schema.count('-- sql-extras: ') == 107 : '106 bundled objects and the project view'
    def sqlServer = new File(basedir, 'schema/openimis-sqlserver.sql').text
    assert sqlServer.contains('create table [referral_Referral] (')
    assert sqlServer.contains('create table [tblInsuree] (')
    def docs = []
    new File(basedir, 'docs/schema').eachFileRecurse(groovy.io.FileType.FILES) { docs << it.text }
    assert docs.any { it.contains('referral_ReferralFeedback') } : 'the docs describe the project tables'
    assert docs.any { it.contains('tblInsuree') } : 'and the openIMIS tables'

    // invocations 2 and 3: current, then a changed project view fails the check with its diff
    assert log.contains('are up to date')
    assert log.contains('+    count(DISTINCT r."ToHfID")                   AS "ReceivingFacilities"')
    assert log.contains('Regenerate them with: mvn openimis:generate-schema')

    // invocation 4: apply built the combined database; invocation 5: verify-database finds it matches the model
    assert log.contains('Applied the schema (create) in ')
    assert log.contains('Created 86 tables in ') : '84 openIMIS entity tables and the 2 of the project'
    assert log.contains('Schema public matches the openIMIS model (87 tables, 35 views, ')
    assert !log.contains('secret-not-logged') : 'the password never reaches the log'

    // the catalogue of the combined database: every object of an openIMIS-only database built alongside, as it is
    // there, plus the project's tables, keys, indexes and view
    def openImisOnly = catalogOfOpenImisOnly(postgres)
    assert openImisOnly.containsAll(SchemaCatalog.reference()) : 'the openIMIS-only database matches the reference catalogue'
    def connection = postgres.postgresDatabase.connection
    try {
        TreeSet<String> actual = SchemaCatalog.read(connection)
        def missing = openImisOnly.findAll { !actual.contains(it) }
        assert missing.isEmpty() : "openIMIS objects missing or different in the combined database: $missing"
        def added = (actual - openImisOnly).collect { it.split('\t')[0] + ' ' + it.split('\t')[1] }.toSorted()
        def expected = (['column referral_Referral'] * 6 + ['column referral_ReferralFeedback'] * 5
                + ['fk referral_Referral'] * 3 + ['fk referral_ReferralFeedback'] * 2
                + ['index referral_Referral'] * 3 + ['index referral_ReferralFeedback'] * 2
                + ['pk referral_Referral', 'pk referral_ReferralFeedback', 'table referral_Referral',
                   'table referral_ReferralFeedback', 'view uvwReferralsByDistrict'])
        assert added == expected : added
        assert actual.contains('fk\treferral_Referral\tInsureeID\ttblInsuree\tInsureeID\tdeferrable initially-deferred ondelete=noaction onupdate=noaction')
        assert actual.contains('fk\treferral_Referral\tFromHfID\ttblHF\tHfID\tdeferrable initially-deferred ondelete=noaction onupdate=noaction')
        assert actual.contains('fk\treferral_ReferralFeedback\tClaimID\ttblClaim\tClaimID\tdeferrable initially-deferred ondelete=noaction onupdate=noaction')

        def names = []
        def rows = connection.createStatement().executeQuery("select conname from pg_constraint where contype = 'f' "
                + "and conrelid::regclass::text like '\"referral_%' order by 1")
        while (rows.next()) {
            names << rows.getString(1)
        }
        assert names == ['referral_ReferralFeedback_ClaimID_fk_tblClaim_ClaimID',
                         'referral_ReferralFeedback_ReferralID_fk_referral_Referral',
                         'referral_Referral_FromHfID_fk_tblHF_HfID',
                         'referral_Referral_InsureeID_fk_tblInsuree_InsureeID',
                         'referral_Referral_ToHfID_fk_tblHF_HfID'] : names
    } finally {
        connection.close()
    }
} finally {
    postgres.close()
}
