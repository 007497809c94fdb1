import groovy.json.JsonSlurper
import org.openimis.schema.ddl.DdlTarget
import org.openimis.schema.entities.OpenImisEntities
import org.openimis.schema.extras.SqlExtras
import org.openimis.schema.log.ToolLog
import org.openimis.schema.script.SchemaScript
import org.openimis.schema.verify.DatabaseVerifier
import org.openimis.schema.verify.IgnorePatterns
import org.openimis.schema.log.ToolLog

def postgres = context.get('postgres')
try {
    def log = new File(basedir, 'build.log').text
    // invocation 1: the schema built by apply is clean
    assert log.contains('Schema public matches the openIMIS model (85 tables, 34 views, ')
    def clean = new JsonSlurper().parse(new File(basedir, 'clean.json'))
    assert clean.clean == true && clean.differences.isEmpty()

    // invocation 2: every drift named, the build fails, the report and the fix script are written
    assert log.contains('[WARNING]   tblInsuree.CHFID: varchar(50), expected varchar(12)')
    assert log.contains('[WARNING]   FK tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID: not deferrable')
    assert log.contains('[WARNING]   view uvwClaimEntered: definition differs')
    assert log.contains('[WARNING]   table my_report_cache: extra, not in the model (2 columns)')
    assert log.contains('Schema drifted differs from the openIMIS model in 4 place(s): 1 extra table, 1 column type, '
            + '1 foreign key deferrability, 1 view definition')
    assert log.contains('openimis.verify.failOnDifference=false to only report')
    def drifted = new JsonSlurper().parse(new File(basedir, 'drifted.json'))
    assert drifted.clean == false
    assert drifted.summary == ['extra table': 1, 'column type': 1, 'foreign key deferrability': 1, 'view definition': 1]
    assert drifted.differences.find { it.kind == 'view definition' }.diff.contains('+++ expected uvwClaimEntered')
    def fix = new File(basedir, 'fix.sql').text
    assert fix.contains('-- WARNING: destructive, not run: changing varchar(50) to varchar(12) may fail or change values.')
    assert fix.contains('-- drop table "my_report_cache";')

    // invocation 3: only reported, the extra table ignored, the destructive statements written to run
    assert log.contains('Schema drifted differs from the openIMIS model in 3 place(s): 1 column type, '
            + '1 foreign key deferrability, 1 view definition; 1 ignored (openimis.verify.ignore)')
    assert !log.contains('secret-not-logged') : 'the password never reaches the log'

    // the fix script brings the schema in line: verified again, nothing differs but the table kept on purpose
    def script = SchemaScript.of(OpenImisEntities.all(), SqlExtras.fromClasspath(DatabaseVerifier.classLoader), DdlTarget.POSTGRESQL)
    def connection = postgres.postgresDatabase.connection
    try {
        connection.createStatement().execute(new File(basedir, 'fix-destructive.sql').text)
        def again = new DatabaseVerifier(ToolLog.lines({ line -> })).verify(connection, script, 'drifted', IgnorePatterns.of('my_report_*'))
        assert again.clean() : again.text()
        assert again.ignored().size() == 1
    } finally {
        connection.close()
    }
} finally {
    postgres.close()
}
