def log = new File(basedir, 'build.log').text
def failure = log =~ /base HEAD~1 \(([0-9a-f]{40})\) does not build: mvn test-compile failed in .*; its build log is kept at (\S+base-[0-9a-f]+-build\.log)/
assert failure.find(): log
def kept = new File(failure.group(2))
assert kept.isFile()
assert kept.text.contains('Work.java')
assert !new File(basedir, 'target/perf-results/commits/summary.json').exists()
return true
