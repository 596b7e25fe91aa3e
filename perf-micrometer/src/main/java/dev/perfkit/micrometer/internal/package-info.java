/** The bridge's internals: one perfkit timer's window between refreshes, and one binding into a MeterRegistry. */
package dev.perfkit.micrometer.internal;
