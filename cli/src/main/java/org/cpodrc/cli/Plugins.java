package org.cpodrc.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;

/**
 * {@code --plugin JAR}: extra checks from jars that list their {@link org.cpodrc.check.Check}
 * classes in {@code META-INF/services/org.cpodrc.check.Check}. The jars get a class loader whose
 * parent is cpodrc's own, so they see the check SPI and JTS, and the registry holds the built-in
 * checks plus theirs.
 */
final class Plugins {
    private Plugins() {
    }

    static CheckRegistry registry(List<Path> jars) {
        if (jars.isEmpty()) {
            return CheckRegistry.standard();
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            Path jar = jars.get(i);
            if (!Files.isRegularFile(jar)) {
                throw new InputException(jar + ": no such plugin jar");
            }
            try {
                urls[i] = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new InputException(jar + ": not a usable path: " + e.getMessage());
            }
        }
        // not closed: the checks' classes must stay loadable for the whole run
        URLClassLoader loader = new URLClassLoader(urls, Plugins.class.getClassLoader());
        try {
            return CheckRegistry.load(loader);
        } catch (ServiceConfigurationError | IllegalStateException e) {
            throw new InputException("plugin " + jars + ": " + e.getMessage());
        }
    }
}
