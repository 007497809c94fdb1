def postgres = context.get('postgres')
try {
    def log = new File(basedir, 'build.log').text
    // the runs did what they must, with Maven's debug output of the goals' parameters
    assert log.contains('Dry run: nothing was written.')
    assert log.contains('(f) sourceUser = postgres')
    assert log.contains('(f) user = postgres')
    assert log.contains('Cannot connect to the target database jdbc:postgresql://127.0.0.1:1/x?password=**** as postgres')
    assert log.contains('Cannot connect to the target database jdbc:postgresql://127.0.0.1:1/openimis?password=****')
    // and no secret anywhere
    def leaks = log.readLines().findAll { it.contains('SeCrEt') }
    assert leaks.isEmpty(): "secrets in build.log:\n" + leaks.join('\n')
} finally {
    postgres.close()
}
