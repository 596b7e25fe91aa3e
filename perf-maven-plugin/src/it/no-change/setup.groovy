def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.init(basedir)
GitRepo.addSample(itSources, basedir, 'it', 'WorkTest')
GitRepo.addSample(itSources, basedir, 'it', 'OldTest')
GitRepo.commitAll(basedir, 'base: WorkTest and OldTest')
def tests = new File(basedir, 'src/test/java/it')
new File(tests, 'NewTest.java').text = new File(tests, 'OldTest.java').text.replace('class OldTest', 'class NewTest')
assert new File(tests, 'OldTest.java').delete()
GitRepo.commitAll(basedir, 'head: OldTest replaced by NewTest')
new File(basedir, 'NOTES.txt').text = 'not committed\n'
return true
