
def postgres = context.get('postgres')
try {
    def log = new File(basedir, 'build.log').text
    // invocation 1: the broken object is named, nothing committed
    assert log.contains('Applying views/uvwBroken.sql failed: ERROR: column "NoSuchColumn" does not exist')
    assert log.contains('Nothing was committed.')
    // invocations 2 and 3: created, then refused
    assert log.contains('Created 84 tables in ')
    assert log.contains('Applied the schema (create) in ')
    assert log.contains('The database already holds 84 openIMIS table(s)')
    // invocations 4 and 5: views and functions re-created twice
    assert log.count('Applied the schema (replace-objects) in ') == 2
    assert !log.contains('secret-not-logged') : 'the password never reaches the log'
    // every invocation first prints its settings, the password hidden
    assert log.contains('openimis:apply runs with these settings:')
    assert log =~ /openimis\.password +\*\*\*\*\*\* \(set, not shown\)/
    assert log =~ /openimis\.apply\.mode +create \(default\)/
    // invocation 6: a boolean that is not true or false
    assert log.contains("openimis.skip must be true or false, not 'yes'. Nothing was committed.")

    def connection = postgres.postgresDatabase.connection
    try {
        def count = { String kind ->
            def rows = connection.createStatement().executeQuery(
                    "select count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind = '$kind'")
            rows.next()
            rows.getInt(1)
        }
        assert count('r') == 85 : '84 entity tables and core_User_groups'
        assert count('v') == 34
    } finally {
        connection.close()
    }
} finally {
    postgres.close()
}
