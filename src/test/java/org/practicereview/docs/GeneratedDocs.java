package org.practicereview.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents in {@code docs/} that are written from the code: a test renders each and fails when
 * the committed copy differs; run with {@code -Ddocs.write=true} and it writes them instead.
 */
public final class GeneratedDocs {

    public static final String WRITE = "docs.write";

    private GeneratedDocs() {}

    public static boolean writing() {
        return Boolean.getBoolean(WRITE);
    }

    /** Writes {@code file} or checks it is current; {@code how} names the command that regenerates it. */
    public static void writeOrCheck(Path file, String rendered, String how) {
        try {
            if (writing()) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, rendered);
                return;
            }
            assertThat(Files.exists(file)).as("%s is missing: regenerate it with %s", file, how).isTrue();
            assertThat(Files.readString(file)).as("%s is out of date: regenerate it with %s", file, how).isEqualTo(rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same for a folder of generated files: {@code written} is a fresh rendering of all of them. */
    public static void writeOrCheckFolder(Path folder, Path written, String how) {
        Map<String, String> expected = read(written);
        if (writing()) {
            try {
                if (Files.isDirectory(folder)) {
                    for (String stale : read(folder).keySet()) {
                        Files.delete(folder.resolve(stale));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            expected.forEach((name, text) -> writeOrCheck(folder.resolve(name), text, how));
            return;
        }
        assertThat(read(folder).keySet()).as("files in %s: regenerate them with %s", folder, how)
                .containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, text) -> writeOrCheck(folder.resolve(name), text, how));
    }

    /**
     * The text with each run of consecutive list lines (PlantUML elements and relations, AsciiDoc
     * bullets) sorted: the documenter writes sets in no fixed order, and a diagram's meaning does
     * not depend on the order of its declarations.
     */
    public static String stableOrder(String text) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : text.split("\n", -1)) {
            String kind = listKind(line);
            if (kind == null || !kind.equals(runKind) || line.startsWith("|")) {
                flush(run, out);
            }
            runKind = kind;
            (kind == null ? out : run).add(line);
        }
        flush(run, out);
        return String.join("\n", out);
    }

    /** Sorts a run into {@code out}; a table cell's leading "|" stays on the run's first line. */
    private static void flush(List<String> run, List<String> out) {
        boolean cell = !run.isEmpty() && run.get(0).startsWith("|");
        if (cell) {
            run.set(0, run.get(0).substring(1));
        }
        run.sort(null);
        if (cell) {
            run.set(0, "|" + run.get(0));
        }
        out.addAll(run);
        run.clear();
    }

    private static String listKind(String line) {
        Matcher m = LIST_LINE.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        return m.group(1) != null ? m.group(1).strip() : "*";
    }

    private static final Pattern LIST_LINE = Pattern.compile(
            "(\\s*(?:Component|Container|Rel|Rel_[A-Za-z]+|Person|System)\\()|\\|?\\* `");

    private static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
