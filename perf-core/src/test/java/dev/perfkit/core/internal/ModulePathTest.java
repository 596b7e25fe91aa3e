package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.perfkit.PerfRegistry;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path; this one loads perf-api, perf-core, Caffeine, JCTools and HdrHistogram as named
 * modules in a fresh module layer and checks that the module descriptors wire the services: the engine, the memory
 * probe and the memo engine are found through {@code uses}/{@code provides} alone.
 */
class ModulePathTest {

    private static Path locationOf(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void servicesResolveOnTheModulePath() throws Exception {
        ModuleFinder finder = ModuleFinder.of(
                locationOf(PerfRegistry.class),
                locationOf(CoreEngine.class),
                locationOf(Caffeine.class),
                locationOf(org.jctools.queues.atomic.MpscAtomicArrayQueue.class),
                locationOf(org.HdrHistogram.Histogram.class));
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config =
                boot.configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.perfkit.api"));
        assertTrue(config.findModule("dev.perfkit.core").isPresent(), "binding the api's services pulls in the engine");
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("dev.perfkit.api");

        Class<?> registryType = loader.loadClass("dev.perfkit.PerfRegistry");
        assertEquals("dev.perfkit.api", registryType.getModule().getName());
        Object registry = registryType.getMethod("create").invoke(null);
        assertEquals("core", registryType.getMethod("engineName").invoke(registry));
        Object timer = registryType.getMethod("timer", String.class).invoke(registry, "m");
        assertEquals("dev.perfkit.core", timer.getClass().getModule().getName());

        Class<?> probeType = loader.loadClass("dev.perfkit.memory.MemoryProbe");
        Object probe = probeType.getMethod("create").invoke(null);
        assertEquals("dev.perfkit.core", probe.getClass().getModule().getName());

        Class<?> memoType = loader.loadClass("dev.perfkit.memo.Memo");
        Method function = memoType.getMethod("function", java.util.function.Function.class);
        @SuppressWarnings("unchecked")
        java.util.function.Function<Object, Object> memo = (java.util.function.Function<Object, Object>)
                function.invoke(null, (java.util.function.Function<Object, Object>) k -> k + "!");
        assertEquals("a!", memo.apply("a"));
        assertEquals("dev.perfkit.core", memo.getClass().getModule().getName());
        assertTrue(
                !registryType.getModule().getDescriptor().exports().stream()
                        .anyMatch(e -> e.source().contains("internal")),
                "internal packages are not exported");
    }
}
