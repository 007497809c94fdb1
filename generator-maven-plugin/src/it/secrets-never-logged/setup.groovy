import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

// Two databases with the committed schema on an embedded PostgreSQL (which trusts every login: the passwords below
// are sent and ignored, so the runs that must succeed do).
def postgres = EmbeddedPostgres.builder().start()
context.put('postgres', postgres)
def schema = new File(basedir, '../../../../schema/openimis-postgresql.sql').text
def admin = postgres.postgresDatabase.connection
['source', 'target'].each { admin.createStatement().execute("create database $it") }
admin.close()
['source', 'target'].each { db ->
    def connection = postgres.getDatabase('postgres', db).connection
    connection.createStatement().execute(schema)
    connection.close()
}
def url = { String db -> postgres.getJdbcUrl('postgres', db).replaceAll('[?&]user=[^&]*', '') }
def common = """openimis.source.url=${url('source')}?password=SeCrEt-in-source-url
openimis.source.user=postgres
openimis.source.password=SeCrEt-source-parameter
openimis.target.user=postgres
openimis.target.password=SeCrEt-target-parameter
openimis.user=postgres
openimis.password=SeCrEt-apply-parameter
openimis.url=jdbc:postgresql://127.0.0.1:1/openimis?password=SeCrEt-in-apply-url
"""
new File(basedir, 'run1.properties').text = common + "openimis.copy.dryRun=true\nopenimis.target.url=${url('target')}?password=SeCrEt-in-target-url\n"
new File(basedir, 'run2.properties').text = common + "openimis.target.url=jdbc:postgresql://127.0.0.1:1/x?password=SeCrEt-in-target-url\n"
return true
