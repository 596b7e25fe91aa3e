/**
 * Checks made while the JUnit Platform launcher discovers tests, before any test runs: the one place that can see a
 * performance test JUnit will never run, since no extension is called for a method JUnit does not take for a test.
 * Not exported; the launcher finds the listener through {@link java.util.ServiceLoader}.
 */
package dev.perfkit.junit.discovery;
