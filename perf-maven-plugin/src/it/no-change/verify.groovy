def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
def summary = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf-results/commits/summary.json'))
def mix = summary.tests.find { it.test.endsWith('WorkTest.mix') && it.metric == 'p50' }
assert mix != null: summary
assert !(mix.verdict == 'SLOWER' && mix.factor > 1.5): mix
assert summary.added.any { it.toString().contains('NewTest') }: summary.added
assert summary.removed.any { it.toString().contains('OldTest') }: summary.removed
assert !summary.tests.any { it.test.contains('NewTest') || it.test.contains('OldTest') }: summary.tests
def log = new File(basedir, 'build.log').text
assert log =~ /comparing working tree \([0-9a-f]+, dirty\) against HEAD~1 \([0-9a-f]+\)/
assert log.contains('they are measured as the head')
assert log.contains('no test slower than HEAD~1')
assert GitRepo.git(basedir, 'status', '--porcelain') == '?? NOTES.txt'
return true
