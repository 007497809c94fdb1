def first = new File(basedir, 'target/first')
def second = new File(basedir, 'target/second')
['openimis-postgresql.sql', 'openimis-sqlserver.sql'].each { name ->
    byte[] a = new File(first, name).bytes
    byte[] b = new File(second, name).bytes
    assert a.length > 10000 : "$name is written"
    assert Arrays.equals(a, b) : "$name is byte-identical across runs"
}
def postgres = new File(first, 'openimis-postgresql.sql').text
assert postgres.contains('create table "tblInsuree" (')
assert postgres.contains('-- sql-extras: procedures/uspSSRSPolicyStatus.sql')
assert new File(first, 'openimis-sqlserver.sql').text.contains('create table [tblInsuree] (')
