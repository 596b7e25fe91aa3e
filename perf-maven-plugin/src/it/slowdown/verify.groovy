def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
def summary = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf-results/commits/summary.json'))
def mix = summary.tests.find { it.test.endsWith('WorkTest.mix') && it.metric == 'p50' }
assert mix != null: summary
assert mix.verdict == 'SLOWER': mix
assert mix.factor > 2: mix
def log = new File(basedir, 'build.log').text
assert log.contains('1 test is slower than HEAD~1 (')
assert log =~ /WorkTest\.mix p50 x\d/
assert log.contains('report: ' + new File(basedir, 'target/perf-results/commits'))
// the comparison wrote nothing into the sources: the working tree is as the setup left it
assert GitRepo.git(basedir, 'status', '--porcelain') == ''
return true
