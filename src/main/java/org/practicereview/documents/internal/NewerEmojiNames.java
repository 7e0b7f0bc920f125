package org.practicereview.documents.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of the emoji newer than Java 17's Unicode tables ("melting face"), which people type and
 * no embedded font draws: read from {@code documents/newer-emoji-names.txt}, which says how it was made.
 */
final class NewerEmojiNames {

    private static final Map<Integer, String> NAMES = read();

    private NewerEmojiNames() {}

    /** The name, or null when the list does not have the character. */
    static String of(int codePoint) {
        return NAMES.get(codePoint);
    }

    private static Map<Integer, String> read() {
        Map<Integer, String> names = new HashMap<>();
        try (InputStream in = NewerEmojiNames.class.getResourceAsStream("/documents/newer-emoji-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("documents/newer-emoji-names.txt is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int semicolon = line.indexOf(';');
                if (!line.startsWith("#") && semicolon > 0) {
                    names.put(Integer.parseInt(line.substring(0, semicolon), 16), line.substring(semicolon + 1).strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
