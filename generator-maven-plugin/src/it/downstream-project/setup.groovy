import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

// A real PostgreSQL for this test, stopped by verify.groovy; the builds get its URL through test.properties.
def postgres = EmbeddedPostgres.builder().start()
context.put('postgres', postgres)
new File(basedir, 'test.properties').text =
        "openimis.url=${postgres.getJdbcUrl('postgres', 'postgres')}\nopenimis.user=postgres\nopenimis.password=secret-not-logged\n"
return true
