def log = new File(basedir, 'build.log').text
assert log.contains('perfkit.base is not set: name the commit to compare the working tree against')
assert log.contains('perfkit.maxSlowdown=5 is not a slowdown: give a percentage such as 5%')
assert log.contains('perfkit.base=no-such-branch: no such commit in ')
assert !new File(basedir, 'target/perfkit').exists()
return true
