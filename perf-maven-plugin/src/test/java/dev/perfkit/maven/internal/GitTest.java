package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git layer on a repository made in the test: two commits, a branch and a tag. */
class GitTest {
    @TempDir
    Path dir;

    private Path repo;
    private String first;
    private String second;

    @BeforeEach
    void repository() throws Exception {
        repo = dir.resolve("repo");
        Files.createDirectories(repo);
        git("init", "-q", "-b", "main");
        Files.writeString(repo.resolve("a.txt"), "one\n");
        git("add", "a.txt");
        git("commit", "-q", "-m", "first");
        first = git("rev-parse", "HEAD");
        git("branch", "before");
        git("tag", "v1");
        Files.writeString(repo.resolve("a.txt"), "two\n");
        git("commit", "-q", "-am", "second");
        second = git("rev-parse", "HEAD");
    }

    @Test
    void resolvesBranchesTagsAndShasToCommits() throws Exception {
        Git git = Git.open(repo.toFile());
        assertEquals(repo.toFile().getAbsoluteFile().toPath().toRealPath(), real(git.topLevel()));
        assertEquals(first, git.resolveCommit("before"));
        assertEquals(first, git.resolveCommit("v1"));
        assertEquals(first, git.resolveCommit("HEAD~1"));
        assertEquals(first, git.resolveCommit(first.substring(0, 10)));
        assertEquals(second, git.resolveCommit("main"));
        assertEquals(second, git.headCommit());
        assertTrue(first.startsWith(git.shortSha(first)));
    }

    @Test
    void opensFromASubdirectory() throws Exception {
        Path sub = Files.createDirectories(repo.resolve("module/src"));
        assertEquals(repo.toRealPath(), real(Git.open(sub.toFile()).topLevel()));
    }

    @Test
    void anUnknownRefIsNamed() throws CompareException {
        Git git = Git.open(repo.toFile());
        CompareException e = assertThrows(CompareException.class, () -> git.resolveCommit("origin/nope"));
        assertTrue(e.getMessage().startsWith("perfkit.base=origin/nope: no such commit in "), e::getMessage);
        CompareException option = assertThrows(CompareException.class, () -> git.resolveCommit("--all"));
        assertTrue(option.getMessage().startsWith("perfkit.base=--all is not a git ref"), option::getMessage);
    }

    @Test
    void aDirectoryOutsideAnyRepositoryIsNamed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("plain"));
        CompareException e = assertThrows(CompareException.class, () -> Git.open(outside.toFile()));
        assertTrue(e.getMessage().startsWith(outside + " is not in a git repository"), e::getMessage);
    }

    @Test
    void changedPathsLeaveBuildOutputOut() throws Exception {
        Git git = Git.open(repo.toFile());
        assertEquals(List.of(), git.changedPaths());
        Files.createDirectories(repo.resolve("target/classes"));
        Files.writeString(repo.resolve("target/classes/X.class"), "x");
        Files.createDirectories(repo.resolve("module/target"));
        Files.writeString(repo.resolve("module/target/y"), "y");
        assertEquals(List.of(), git.changedPaths());
        Files.writeString(repo.resolve("a.txt"), "three\n");
        Files.writeString(repo.resolve("targets.txt"), "not build output\n");
        assertEquals(List.of("a.txt", "targets.txt"), git.changedPaths());
    }

    @Test
    void aWorktreeIsCreatedReusedAndReplaced() throws Exception {
        Git git = Git.open(repo.toFile());
        File worktree = repo.resolve("target/perfkit/base").toFile();
        assertFalse(git.detachedWorktree(worktree, first));
        assertEquals("one\n", Files.readString(worktree.toPath().resolve("a.txt")));
        assertEquals("two\n", Files.readString(repo.resolve("a.txt")), "the working tree is left alone");

        assertTrue(git.detachedWorktree(worktree, first), "the same commit reuses the worktree");

        assertFalse(git.detachedWorktree(worktree, second), "another commit replaces it");
        assertEquals("two\n", Files.readString(worktree.toPath().resolve("a.txt")));

        deleteTree(repo.resolve("target"));
        assertFalse(git.detachedWorktree(worktree, first), "a cleaned-away worktree is pruned and made again");
        assertEquals("one\n", Files.readString(worktree.toPath().resolve("a.txt")));
        assertEquals(List.of(), git.changedPaths());
    }

    private static Path real(File file) throws IOException {
        return file.toPath().toRealPath();
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=perfkit",
                "-c",
                "user.email=perfkit@example.org",
                "-c",
                "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> String.join(" ", command) + ": " + out);
        return out.trim();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
