import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

// source and target with the committed schema, and a database without it; the source holds a value too long for
// the target (its column widened), so that a real copy fails on data
def postgres = EmbeddedPostgres.builder().start()
context.put('postgres', postgres)
def schema = new File(basedir, '../../../../schema/openimis-postgresql.sql').text
def admin = postgres.postgresDatabase.connection
['source', 'target', 'empty'].each { admin.createStatement().execute("create database $it") }
admin.close()
def connect = { String db -> postgres.getDatabase('postgres', db).connection }
['source', 'target'].each { db ->
    def connection = connect(db)
    connection.createStatement().execute(schema)
    connection.close()
}
def source = connect('source')
source.createStatement().execute('''
    insert into "tblGender" ("Code", "Gender", "SortOrder") values ('M', 'Male', 1), ('F', 'Female', 2);
    insert into "tblLegalForms" ("LegalFormCode", "LegalForms") values ('G', 'Government');
    alter table "tblGender" alter column "Gender" type varchar(200);
    insert into "tblGender" ("Code", "Gender") values ('L', repeat('long', 15));
''')
source.close()
def url = { String db -> postgres.getJdbcUrl('postgres', db).replaceAll('[?&]user=[^&]*', '') }
def properties = { String target, String extra -> """openimis.source.url=${url('source')}
openimis.source.user=postgres
openimis.target.url=${url(target)}
openimis.target.user=postgres
openimis.target.password=secret-not-logged
$extra
""" }
new File(basedir, 'copy.properties').text = properties('target', '')
new File(basedir, 'dry-run.properties').text = properties('target', 'openimis.copy.tables=tblGender, tblLegalForms')
new File(basedir, 'empty-target.properties').text = properties('empty', '')
return true
