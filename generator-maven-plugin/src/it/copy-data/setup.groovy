import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

// Two databases with the committed schema on an embedded PostgreSQL; the source holds a small family.
def postgres = EmbeddedPostgres.builder().start()
context.put('postgres', postgres)
def schema = new File(basedir, '../../../../schema/openimis-postgresql.sql').text
def admin = postgres.postgresDatabase.connection
['source', 'target'].each { admin.createStatement().execute("create database $it") }
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
    insert into "tblLocations" ("LocationId", "LocationUUID", "LocationCode", "LocationName", "LocationType", "ValidityFrom", "AuditUserId")
        values (1, 'a2bd0a25-54c6-4cbb-9cfa-a7c43ec6b5c1', 'V1', 'Village One', 'V', '2024-01-01', 1);
    insert into "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "Poverty", "ValidityFrom", "AuditUserID", "isOffline")
        values (1, '1c8f4b4e-2c1e-4b8e-9d7e-3f2a1b0c9d8e', 1, 1, false, '2024-01-01', 1, false);
    insert into "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "Gender", "IsHead", "CardIssued", "ValidityFrom", "AuditUserID")
        values (1, '9e4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', 1, '000000001', 'Mwinyi', 'Asha', '1980-02-29', 'F', true, false, '2024-01-01', 1);
''')
source.close()
def url = { String db -> postgres.getJdbcUrl('postgres', db).replaceAll('[?&]user=[^&]*', '') }
new File(basedir, 'test.properties').text = """openimis.source.url=${url('source')}
openimis.source.user=postgres
openimis.target.url=${url('target')}
openimis.target.user=postgres
"""
return true
