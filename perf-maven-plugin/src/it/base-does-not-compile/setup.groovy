def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.init(basedir)
GitRepo.addSample(itSources, basedir, 'it', 'WorkTest')
def work = new File(basedir, 'src/main/java/it/Work.java')
GitRepo.replace(work, 'return result;', 'return result +;')
GitRepo.commitAll(basedir, 'base: a syntax error')
GitRepo.replace(work, 'return result +;', 'return result;')
GitRepo.commitAll(basedir, 'head: fixed')
return true
