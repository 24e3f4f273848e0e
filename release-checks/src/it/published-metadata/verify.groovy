// Each published artifact's effective POM names the project's own page and repository: Maven
// appends nothing to what a module inherits (child.*.inherit.append.path="false" on the parent).
def expected = [
    'url'                    : 'https://github.com/conventio/conventio',
    'scm.url'                : 'https://github.com/conventio/conventio',
    'scm.connection'         : 'scm:git:https://github.com/conventio/conventio.git',
    'scm.developerConnection': 'scm:git:ssh://git@github.com/conventio/conventio.git',
]
def artifacts = ['conventio-core', 'conventio-format', 'conventio-serialization', 'conventio-jackson3', 'conventio-opendata', 'conventio-testkit', 'conventio-cli', 'conventio-bom']
def problems = []
artifacts.each { artifact ->
    def file = new File(basedir, "target/${artifact}.xml")
    if (!file.isFile()) {
        problems << "${artifact}: no effective POM at ${file}"
        return
    }
    def pom = new groovy.xml.XmlSlurper().parse(file)
    def actual = [
        'url'                    : pom.url.text(),
        'scm.url'                : pom.scm.url.text(),
        'scm.connection'         : pom.scm.connection.text(),
        'scm.developerConnection': pom.scm.developerConnection.text(),
    ]
    expected.each { key, value ->
        if (actual[key] != value) {
            problems << "${artifact}: ${key} is '${actual[key]}', expected '${value}'"
        }
    }
    if (pom.licenses.license.name.text() != 'Apache-2.0') {
        problems << "${artifact}: licence is '${pom.licenses.license.name.text()}'"
    }
    ['name', 'description'].each { member ->
        if (pom."${member}".text().isBlank()) {
            problems << "${artifact}: no ${member}, which Central requires"
        }
    }
}
if (problems) {
    throw new AssertionError("effective POMs:\n  " + problems.join("\n  "))
}
println "effective POMs of ${artifacts.size()} artifacts: url and scm are the project's own"
return true
