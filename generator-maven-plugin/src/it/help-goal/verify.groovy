// every editable parameter of the plugin descriptor is listed by help -Ddetail with a description and its property
def log = new File(basedir, 'build.log').text
def descriptor = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../classes/META-INF/maven/plugin.xml'))
def checked = 0
descriptor.mojos.mojo.each { mojo ->
    def goal = mojo.goal.text()
    assert log.contains("openimis:$goal") : "goal $goal listed"
    mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.each { parameter ->
        def name = parameter.name.text()
        def property = mojo.configuration."$name".text()
        assert log =~ /(?m)^\s+$name\b/ : "$goal: $name listed"
        if (goal != 'help') {
            assert log.contains("User property: ${property.replaceAll(/^\$\{|}$/, '')}") : "$goal: $name with its property"
        }
        checked++
    }
}
assert checked > 30
assert !log.contains('(no description available)')
