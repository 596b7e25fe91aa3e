def log = new File(basedir, 'build.log').text
assert log.contains(' is not in a git repository: compare-commits compares two commits of one')
assert !new File(basedir, 'target/perfkit').exists()
return true
