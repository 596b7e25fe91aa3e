package dev.perfkit.junit.measure;

import java.util.Optional;
import java.util.function.Function;

/**
 * The environment variables perfkit reads ({@code GITHUB_STEP_SUMMARY}, {@code GIT_COMMIT}, {@code GITHUB_SHA}),
 * through a lookup that tests replace: a configuration parameter {@code perfkit.env.<NAME>} overrides the variable
 * {@code NAME}, an empty value meaning "not set". Stateless.
 */
public final class EnvVars {

    /** The prefix of the configuration parameters that override environment variables. */
    public static final String OVERRIDE = "perfkit.env.";

    private EnvVars() {}

    /**
     * A lookup of environment variables.
     *
     * @param parameters the configuration parameters, whose {@code perfkit.env.<NAME>} override the variables
     * @param getenv the real environment, {@code System::getenv} outside tests
     * @return the variable's value; empty when it is not set or blank
     */
    public static Function<String, Optional<String>> lookup(
            Function<String, Optional<String>> parameters, Function<String, String> getenv) {
        return name -> parameters
                .apply(OVERRIDE + name)
                .or(() -> Optional.ofNullable(getenv.apply(name)))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
