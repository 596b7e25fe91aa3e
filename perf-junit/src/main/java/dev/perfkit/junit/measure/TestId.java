package dev.perfkit.junit.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which test a result belongs to, in every form the writers need: the name messages show, the stem of its files and
 * its identity in the JSON files. Immutable.
 *
 * @param name the name messages show: {@code OrderTests.parse(String)}
 * @param invocationName the name with a template invocation's number: {@code OrderTests.parse(String)[2]}
 * @param fileStem the stem of the test's files: {@code com.example.OrderTests.parse}, or {@code ...parse[2]} for the
 *     second invocation of a template
 * @param testClass the test class
 * @param methodName the test method's name
 * @param displayName the name JUnit shows
 * @param uniqueId JUnit's unique id of the test
 */
public record TestId(
        String name,
        String invocationName,
        String fileStem,
        Class<?> testClass,
        String methodName,
        String displayName,
        String uniqueId) {

    private static final Pattern INVOCATION = Pattern.compile("#(\\d+)]$");

    /** The test that {@code context} runs. */
    public static TestId of(ExtensionContext context) {
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        String suffix = invocation.find() ? "[" + invocation.group(1) + "]" : "";
        String name = TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
        Class<?> testClass = context.getRequiredTestClass();
        String method = context.getRequiredTestMethod().getName();
        return new TestId(
                name,
                name + suffix,
                testClass.getName() + "." + method + suffix,
                testClass,
                method,
                context.getDisplayName(),
                context.getUniqueId());
    }

    /**
     * The test's identity as the JSON files show it: {@code class}, {@code method}, {@code displayName},
     * {@code uniqueId}.
     */
    public Map<String, String> identity() {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("class", testClass.getName());
        identity.put("method", methodName);
        identity.put("displayName", displayName);
        identity.put("uniqueId", uniqueId);
        return identity;
    }
}
