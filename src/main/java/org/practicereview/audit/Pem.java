package org.practicereview.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM text as openssl writes keys: base64 DER between BEGIN and END lines. */
final class Pem {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private Pem() {}

    static String of(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The DER of the one block of this type, or of bare base64 when there are no BEGIN and END lines. */
    static byte[] body(String text, String type) {
        List<byte[]> blocks = all(text, type);
        if (blocks.size() == 1) {
            return blocks.get(0);
        }
        if (blocks.isEmpty() && !text.contains("-----")) {
            return Base64.getMimeDecoder().decode(text.strip());
        }
        throw new IllegalArgumentException("Expected one " + type);
    }

    /** The DER of every block of this type, in order (a file may hold several public keys). */
    static List<byte[]> all(String text, String type) {
        List<byte[]> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                blocks.add(Base64.getMimeDecoder().decode(m.group(2).strip()));
            }
        }
        return blocks;
    }
}
