/** JUnit 5 integration: performance tests and budgets (under construction). */
package dev.perfkit.junit;
