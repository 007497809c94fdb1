def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'schema/openimis-postgresql.sql').text
assert schema.contains('"WidgetName" varchar(50) not null')
assert schema.contains('-- sql-extras: views/uvwWidgetNames.sql')
assert log.contains('are up to date') : 'the second run found the files current'
assert log.contains('openimis-postgresql.sql (committed)')
assert log.contains('-    "WidgetName" varchar(50) not null,')
assert log.contains('+    "WidgetName" varchar(80) not null,')
assert log.contains('+    "Colour" varchar(20),')
assert log.contains('Regenerate them with: mvn openimis:generate-schema')
