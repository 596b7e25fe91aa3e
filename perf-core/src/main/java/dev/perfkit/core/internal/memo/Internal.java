package dev.perfkit.core.internal.memo;

/**
 * The superclass of everything a memo stores that is not a plain result: in-flight cells, the {@code null} and
 * failure outcomes, expiry stamps. A hit is one {@code instanceof} of this class (a single klass-display compare,
 * cheaper than an interface check), so it must stay a class.
 */
abstract class Internal {

    /** A named singleton marker. */
    static final class Marker extends Internal {
        private final String name;

        Marker(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
