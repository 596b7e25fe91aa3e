// Makes a sample project a git repository with commits, for the setup scripts of the integration tests.
class GitRepo {
    static String git(File dir, String... args) {
        def command = ['git', '-c', 'user.name=perfkit-it', '-c', 'user.email=it@perfkit.dev', '-c',
                       'commit.gpgsign=false'] + args.toList()
        def process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).start()
        def out = process.inputStream.text
        assert process.waitFor() == 0: "${command.join(' ')} failed in ${dir}:\n${out}"
        return out.trim()
    }

    /** A new repository on branch main whose build output is ignored. */
    static void init(File dir) {
        git(dir, 'init', '-q', '-b', 'main')
        new File(dir, '.gitignore').text = 'target/\nbuild.log\n'
    }

    static void commitAll(File dir, String message) {
        git(dir, 'add', '-A')
        git(dir, 'commit', '-q', '-m', message)
    }

    /**
     * Adds the sample code (sample/Work.java and sample/WorkTest.java) to {@code module} in package {@code pkg}, the
     * test named {@code testClass}, its body calling {@code call}.
     */
    static void addSample(Object itSources, File module, String pkg, String testClass, String call = 'Work.mix(seed++)') {
        def dir = pkg.replace('.', '/')
        def main = new File(module, "src/main/java/${dir}")
        def test = new File(module, "src/test/java/${dir}")
        main.mkdirs()
        test.mkdirs()
        if (call.startsWith('Work.')) {
            new File(main, 'Work.java').text = new File(itSources.toString(), 'sample/Work.java').text.replace('package it;', "package ${pkg};")
        }
        new File(test, "${testClass}.java").text = new File(itSources.toString(), 'sample/WorkTest.java').text
                .replace('package it;', "package ${pkg};")
                .replace('class WorkTest', "class ${testClass}")
                .replace('Work.mix(seed++)', call)
    }

    /** Replaces text that must be there: a sample whose planted change silently missed would prove nothing. */
    static void replace(File file, String from, String to) {
        def text = file.text
        assert text.contains(from): "${file} does not contain ${from}"
        file.text = text.replace(from, to)
    }
}
