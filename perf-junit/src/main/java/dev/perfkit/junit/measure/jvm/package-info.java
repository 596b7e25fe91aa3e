/**
 * The JVM guards: what the JVM does while code is measured (JIT compilation, heap growth, collections, page faults on
 * fresh heap), when it is steady ({@link dev.perfkit.junit.measure.jvm.JvmSteadiness}), the measuring threads' CPU
 * time ({@link dev.perfkit.junit.measure.jvm.CpuClock}) and the JVM's flags as reports describe them. Read through
 * {@link dev.perfkit.junit.measure.jvm.JvmProbe}, which tests replace.
 *
 * <p>Uses no other package of the module.
 */
package dev.perfkit.junit.measure.jvm;
