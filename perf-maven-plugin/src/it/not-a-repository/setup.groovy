def GitRepo = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'GitRepo.groovy'))
GitRepo.addSample(itSources, basedir, 'it', 'WorkTest')
return true
