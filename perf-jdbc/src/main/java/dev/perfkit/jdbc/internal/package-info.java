/**
 * The counting machinery: the SQL normalizer, the bounded lock-free tables of counts, and the one class that talks to
 * datasource-proxy. Not exported.
 */
package dev.perfkit.jdbc.internal;
