package org.cpodrc.testutil;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** For tests of generated files: the class path as the shipped jar sees it, without test resources. */
public final class ShippedClassPath {
    private ShippedClassPath() {
    }

    /**
     * A class loader over {@code parent} that hides resources from test classes and test jars, so
     * {@code ServiceLoader} finds only the checks the shipped jar registers.
     */
    public static ClassLoader withoutTestResources(ClassLoader parent) {
        return new ClassLoader(parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                List<URL> kept = Collections.list(super.getResources(name)).stream()
                        .filter(u -> !u.toString().contains("/test-classes/") && !u.toString().contains("-tests.jar"))
                        .toList();
                return Collections.enumeration(kept);
            }
        };
    }
}
