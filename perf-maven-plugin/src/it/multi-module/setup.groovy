def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.init(basedir)
GitRepo.addSample(itSources, new File(basedir, 'core'), 'it.core', 'CoreTest')
GitRepo.addSample(itSources, new File(basedir, 'app'), 'it.app', 'AppTest', 'Pipeline.run(seed++)')
GitRepo.commitAll(basedir, 'base')
GitRepo.replace(new File(basedir, 'core/src/main/java/it/core/Work.java'), 'no allocation, no I/O', 'nothing else')
GitRepo.commitAll(basedir, 'head: a comment changed')
return true
