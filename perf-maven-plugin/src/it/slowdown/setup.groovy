def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.init(basedir)
GitRepo.addSample(itSources, basedir, 'it', 'WorkTest')
GitRepo.commitAll(basedir, 'base: Work.mix takes 2000 steps')
GitRepo.replace(new File(basedir, 'src/main/java/it/Work.java'), 'REPEAT = 1;', 'REPEAT = 3;')
GitRepo.commitAll(basedir, 'head: Work.mix takes 6000 steps for the same result, three times as long')
return true
