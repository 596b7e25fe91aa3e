package dev.perfkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No type of datasource-proxy, nor of this module's internal package, appears in a public signature. */
class ModuleBoundaryTest {

    @Test
    void publicSignaturesNameNoProxyOrInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : publicClasses()) {
            List<Executable> members = new ArrayList<>();
            members.addAll(List.of(c.getConstructors()));
            members.addAll(List.of(c.getMethods()));
            for (Executable m : members) {
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                if (m instanceof Method method) {
                    types.add(method.getGenericReturnType());
                }
                types.addAll(List.of(m.getGenericExceptionTypes()));
                for (Type t : types) {
                    if (leaks(t)) {
                        leaks.add(c.getSimpleName() + "." + m.getName() + ": " + t.getTypeName());
                    }
                }
            }
            for (Field f : c.getFields()) {
                if (leaks(f.getGenericType())) {
                    leaks.add(c.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theModuleExportsOnlyItsApiPackage() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/java/module-info.java"));
        List<String> exports = descriptor
                .lines()
                .map(String::trim)
                .filter(l -> l.startsWith("exports"))
                .toList();
        assertEquals(List.of("exports dev.perfkit.jdbc;"), exports);
    }

    private static boolean leaks(Type t) {
        String name = t.getTypeName();
        return name.contains("net.ttddyy") || name.contains("dev.perfkit.jdbc.internal");
    }

    private static List<Class<?>> publicClasses() throws Exception {
        Path dir = Path.of("src/main/java/dev/perfkit/jdbc");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String simple = f.getFileName().toString().replace(".java", "");
                if (simple.equals("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName("dev.perfkit.jdbc." + simple);
                if (Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                    for (Class<?> inner : c.getClasses()) {
                        out.add(inner);
                    }
                }
            }
        }
        assertEquals(true, out.size() >= 6, "found " + out);
        return out;
    }
}
