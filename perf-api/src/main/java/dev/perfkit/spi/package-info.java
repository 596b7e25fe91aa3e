/** The service interface that engine modules implement; {@code dev.perfkit.core} is the standard one. */
package dev.perfkit.spi;
