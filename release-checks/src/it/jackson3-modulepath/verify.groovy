// What a Jackson 3 application resolves with conventio-jackson3: Jackson 3, and of Jackson 2's
// group ids nothing but jackson-annotations (Jackson 3 kept it at com.fasterxml.jackson.core).
def listed = new File(basedir, "target/dependencies.txt").readLines()*.trim().findAll { it.contains(':') }
def jackson2 = listed.findAll { it.startsWith('com.fasterxml.jackson') }
def problems = []
if (!listed.any { it.startsWith('tools.jackson.core:jackson-databind:jar:3.') }) {
    problems << "no Jackson 3 databind in ${listed}"
}
if (jackson2.any { !it.startsWith('com.fasterxml.jackson.core:jackson-annotations:') }) {
    problems << "Jackson 2 artifacts other than jackson-annotations: ${jackson2}"
}
if (listed.any { it.startsWith('dev.conventio:conventio-serialization:') }) {
    problems << "conventio-serialization is on the path"
}
if (problems) {
    throw new AssertionError("conventio-jackson3's dependencies:\n  " + problems.join("\n  "))
}
println "conventio-jackson3 brings ${listed.size()} artifacts; of Jackson 2's group ids only ${jackson2}"
return true
