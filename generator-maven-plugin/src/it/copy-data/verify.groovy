def postgres = context.get('postgres')
try {
    def log = new File(basedir, 'build.log').text
    // 1: the dry run prints the plan and writes nothing
    assert log.contains('Copy plan (85 tables, in this order):')
    assert log.contains('Dry run: nothing was written.')
    // 2: the copy commits, prints the summary and writes the JSON report
    assert log.contains('tblInsuree: 1 rows copied and verified')
    assert log =~ /total\s+5\s+5\s+0\s+committed/
    def report = new File(basedir, 'target/copy-report.json').text
    assert report.contains('"status": "committed"')
    assert report.contains('"rowsWritten": 5')
    // 3: a second copy is refused because the target is no longer empty
    assert log.contains('The target already holds rows in 4 table(s)')

    def target = postgres.getDatabase('postgres', 'target').connection
    try {
        def rows = target.createStatement().executeQuery('select "LastName", "DOB"::text from "tblInsuree"')
        assert rows.next()
        assert rows.getString(1) == 'Mwinyi' && rows.getString(2) == '1980-02-29'
    } finally {
        target.close()
    }
} finally {
    postgres.close()
}
