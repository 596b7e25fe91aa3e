def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.init(basedir)
GitRepo.addSample(itSources, basedir, 'it', 'WorkTest')
GitRepo.commitAll(basedir, 'the only commit')
return true
