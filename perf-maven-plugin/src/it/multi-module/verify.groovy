def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
def slurper = new groovy.json.JsonSlurper()
def core = slurper.parse(new File(basedir, 'core/target/perf-results/commits/summary.json'))
assert core.tests.any { it.test.endsWith('CoreTest.mix') }: core
def app = slurper.parse(new File(basedir, 'app/target/perf-results/commits/summary.json'))
assert app.tests.any { it.test.endsWith('AppTest.mix') }: app
assert !new File(basedir, 'plain/target/perf-results').exists()
def log = new File(basedir, 'build.log').text
assert log.count('building it in') == 1: 'the base is built once for the reactor'
assert log.count('reusing the build in') == 1: 'the second module reuses it'
assert log.contains('no @PerfTest or @Compare in ' + new File(basedir, 'plain/target/test-classes'))
assert new File(basedir, 'target/perfkit').listFiles().findAll { it.name.startsWith('base-') && it.isDirectory() }.size() == 1
assert GitRepo.git(basedir, 'status', '--porcelain') == ''
return true
