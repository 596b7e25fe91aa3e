def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.init(basedir)
GitRepo.addSample(itSources, basedir, 'it', 'WorkTest')
GitRepo.commitAll(basedir, 'base: Work.mix takes 2000 steps')
GitRepo.replace(new File(basedir, 'src/main/java/it/Work.java'), 'STEPS = 2_000', 'STEPS = 6_000')
GitRepo.commitAll(basedir, 'head: Work.mix takes 6000 steps, three times as long')
return true
