def postgres = context.get('postgres')
try {
    def log = new File(basedir, 'build.log').text
    // every invocation starts with the effective settings; the password is never shown
    assert log.contains('openimis:copy-data runs with these settings:')
    assert log =~ /openimis\.copy\.batchSize +10000 \(default\)/
    assert log =~ /openimis\.target\.password +\*\*\*\*\*\* \(set, not shown\)/
    assert !log.contains('secret-not-logged')
    // 1: a bad boolean
    assert log.contains("openimis.copy.dryRun must be true or false, not 'yes'. Nothing was committed.")
    // 2: a misspelt property
    assert log.contains('openimis.copy.dryrun is not a setting of this plugin: did you mean openimis.copy.dryRun?')
    // 3: the dry run says so, warns about another goal's property, takes the trimmed table list
    assert log.contains('[WARNING] openimis.apply.mode is not a setting of this goal (another goal of the plugin uses it): ignored')
    assert log.contains('Dry run (openimis.copy.dryRun=true): the plan is printed, nothing is written to the target.')
    assert log.contains('Copy plan (2 tables, in this order):')
    // 4: a target apply did not build
    assert log =~ /has no openIMIS schema \(none of its 84 tables\): run the apply goal first .*Nothing was committed\./
    // 5: a data error: one message naming table, column and row, ending with what was committed; no worker stack traces
    assert log.contains('This run WRITES to the target, in one transaction: all tables or nothing is committed.')
    // found by the preflight, before anything is written
    assert log =~ /(?s)tblGender\.Gender: 1 value\(s\) longer than varchar\(50\) allows \(e\.g\. Code=L .*Nothing was written\. Nothing was committed\./
    assert !log.contains('Exception in thread') : 'no stack trace from worker threads for an expected failure'

    def target = postgres.getDatabase('postgres', 'target').connection
    try {
        def rows = target.createStatement().executeQuery('select count(*) from "tblGender"')
        assert rows.next() && rows.getInt(1) == 0 : 'nothing was committed'
    } finally {
        target.close()
    }
} finally {
    postgres.close()
}
