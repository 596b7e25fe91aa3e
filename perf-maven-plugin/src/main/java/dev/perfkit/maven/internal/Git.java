package dev.perfkit.maven.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The git repository a comparison runs in, through the {@code git} command: resolving refs, the state of the working
 * tree, and the detached worktree the base commit is built in. Nothing here writes to the working tree.
 */
public final class Git {
    /** A path under a {@code target} directory: build output, never a change to the sources. */
    private static final Pattern BUILD_OUTPUT = Pattern.compile("(^|/)target(/|$)");

    private final File topLevel;

    private Git(File topLevel) {
        this.topLevel = topLevel;
    }

    /** The repository that contains {@code dir}; fails when {@code dir} is in none. */
    public static Git open(File dir) throws CompareException {
        Command.Result top = Command.run(dir, List.of("git", "rev-parse", "--show-toplevel"));
        if (!top.ok()) {
            throw new CompareException(dir + " is not in a git repository: compare-commits compares two commits of"
                    + " one, so run it in a git clone (in CI, check out with the full history: fetch-depth: 0)");
        }
        return new Git(new File(top.out().trim()).getAbsoluteFile());
    }

    /** The top directory of the working tree. */
    public File topLevel() {
        return topLevel;
    }

    /** The full sha of the commit {@code ref} names; fails naming the ref when there is none. */
    public String resolveCommit(String ref) throws CompareException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new CompareException("perfkit.base=" + ref + " is not a git ref: give a branch, tag or commit,"
                    + " such as -Dperfkit.base=origin/main");
        }
        Command.Result sha = git("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        if (!sha.ok() || sha.out().isBlank()) {
            throw new CompareException("perfkit.base=" + ref + ": no such commit in " + topLevel
                    + " (fetch it first, e.g. git fetch origin; in CI check out with fetch-depth: 0)");
        }
        return sha.out().trim();
    }

    /** The commit checked out in the working tree. */
    public String headCommit() throws CompareException {
        Command.Result sha = git("rev-parse", "--verify", "--quiet", "HEAD^{commit}");
        if (!sha.ok() || sha.out().isBlank()) {
            throw new CompareException(topLevel + " has no commit yet: commit the code first, then compare it");
        }
        return sha.out().trim();
    }

    /** The abbreviated form of {@code sha}, as git prints it. */
    public String shortSha(String sha) throws CompareException {
        Command.Result brief = git("rev-parse", "--short", sha);
        return brief.ok() ? brief.out().trim() : sha.substring(0, Math.min(sha.length(), 12));
    }

    /** The paths that differ from HEAD in the working tree (modified, staged or untracked), build output left out. */
    public List<String> changedPaths() throws CompareException {
        Command.Result status = checked("status", "--porcelain", "--untracked-files=all");
        List<String> paths = new ArrayList<>();
        for (String line : status.out().split("\n", -1)) {
            if (line.length() < 4) {
                continue;
            }
            String path = line.substring(3);
            int arrow = path.indexOf(" -> ");
            if (arrow >= 0) {
                path = path.substring(arrow + 4);
            }
            if (path.startsWith("\"") && path.endsWith("\"") && path.length() > 1) {
                path = path.substring(1, path.length() - 1);
            }
            if (!BUILD_OUTPUT.matcher(path).find()) {
                paths.add(path);
            }
        }
        return paths;
    }

    /**
     * Makes {@code dir} a detached worktree at {@code sha}: reused when it already is one, otherwise (re)created.
     * Worktrees whose directory is gone (a {@code mvn clean}) are pruned first.
     *
     * @return whether an existing worktree at {@code sha} was reused
     */
    public boolean detachedWorktree(File dir, String sha) throws CompareException {
        checked("worktree", "prune");
        if (new File(dir, ".git").exists()) {
            Command.Result at = Command.run(dir, List.of("git", "rev-parse", "HEAD"));
            if (at.ok() && at.out().trim().equals(sha)) {
                return true;
            }
            git("worktree", "remove", "--force", dir.getAbsolutePath());
        }
        deleteTree(dir.toPath());
        checked("worktree", "prune");
        checked("worktree", "add", "--detach", dir.getAbsolutePath(), sha);
        return false;
    }

    private Command.Result git(String... args) throws CompareException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        return Command.run(topLevel, command);
    }

    private Command.Result checked(String... args) throws CompareException {
        Command.Result result = git(args);
        if (!result.ok()) {
            throw new CompareException("git " + String.join(" ", args) + " failed in " + topLevel + ": "
                    + result.err().trim());
        }
        return result;
    }

    private static void deleteTree(Path root) throws CompareException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new CompareException("cannot remove the stale base worktree " + root + ": " + e.getMessage(), e);
        }
    }
}
