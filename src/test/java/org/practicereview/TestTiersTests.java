package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test class runs in exactly one tier, and none is left out of both: surefire and failsafe
 * pick classes by the name patterns below (pom.xml) and split them by the {@link Tiers#INTEGRATION}
 * tag. A class whose name matches no pattern would run in neither; a class that starts a context,
 * an application process, PostgreSQL or a browser without the tag would slow the quick tier down.
 */
class TestTiersTests {

    /** The includes of surefire and failsafe in pom.xml. */
    private static final String NAMES = ".*(Test|Tests|Properties)";

    /**
     * What a test class that starts something heavy refers to in its bytecode (it or its nested
     * classes), written with dots so that this class's own constants do not match.
     */
    private static final Set<String> HEAVY = Stream.of(
            "org.springframework.boot.builder.SpringApplicationBuilder",
            "org.springframework.boot.SpringApplication",
            "java.lang.ProcessBuilder",
            "org.practicereview.EmbeddedPostgresServer",
            "org.openqa.selenium.chrome.ChromeDriver").map(n -> n.replace('.', '/')).collect(Collectors.toSet());

    private final List<Class<?>> testClasses = testClasses();

    @Test
    void everyTestClassHasANameTheTestRunnersPickUp() {
        assertThat(testClasses).as("test classes found in target/test-classes").hasSizeGreaterThan(100);
        assertThat(testClasses).filteredOn(c -> !c.getSimpleName().matches(NAMES))
                .as("test classes that neither mvn test nor mvn verify would run").isEmpty();
    }

    @Test
    void everyClassThatStartsAContextOrAProcessIsTaggedForTheIntegrationTierAndNoOtherIs() {
        List<String> untagged = new ArrayList<>();
        List<String> taggedButLight = new ArrayList<>();
        for (Class<?> c : testClasses) {
            boolean heavy = startsSomething(c);
            boolean tagged = integration(c);
            if (heavy && !tagged) {
                untagged.add(c.getName());
            } else if (tagged && !heavy) {
                taggedButLight.add(c.getName());
            }
        }
        assertThat(untagged).as("test classes that start something heavy without @Tag(Tiers.INTEGRATION)").isEmpty();
        assertThat(taggedButLight).as("test classes in the integration tier that start nothing heavy").isEmpty();
        long integration = testClasses.stream().filter(TestTiersTests::integration).count();
        System.out.printf("test tiers: %d classes in mvn test, %d more in mvn verify%n",
                testClasses.size() - integration, integration);
    }

    private static boolean integration(Class<?> c) {
        return AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream()
                .anyMatch(t -> t.value().equals(Tiers.INTEGRATION));
    }

    private static boolean startsSomething(Class<?> c) {
        boolean spring = AnnotationSupport.findRepeatableAnnotations(c, ExtendWith.class).stream()
                .flatMap(e -> Stream.of(e.value())).anyMatch(SpringExtension.class::equals);
        return spring || refersToHeavy(c);
    }

    private static boolean refersToHeavy(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            String outer = k.getName().replace('.', '/');
            try (Stream<Path> files = Files.list(classes().resolve(outer).getParent())) {
                String simple = outer.substring(outer.lastIndexOf('/') + 1);
                boolean refers = files.filter(f -> f.getFileName().toString().equals(simple + ".class")
                                || f.getFileName().toString().startsWith(simple + "$"))
                        .map(TestTiersTests::constants).anyMatch(text -> HEAVY.stream().anyMatch(text::contains));
                if (refers) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    /** The class file read as text: its constant pool names every class it refers to. */
    private static String constants(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Top-level, concrete classes under target/test-classes with a test method (JUnit or jqwik), own or inherited. */
    private static List<Class<?>> testClasses() {
        Path root = classes();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .filter(c -> !Modifier.isAbstract(c.getModifiers()) && !c.isInterface() && hasTests(c))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasTests(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(m, Testable.class)) {
                    return true;
                }
            }
            for (Class<?> nested : k.getDeclaredClasses()) {
                if (hasTests(nested)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TestTiersTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path classes() {
        try {
            return Path.of(TestTiersTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
