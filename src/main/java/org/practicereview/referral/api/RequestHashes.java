package org.practicereview.referral.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The SHA-256 of a request as parsed, written back with sorted keys: the same referral sent again
 * with other spacing or key order is the same request; any changed value is not.
 */
@Component
class RequestHashes {

    private final ObjectMapper canonical;

    RequestHashes(ObjectMapper json) {
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
    }

    String of(ReferralRequest request) {
        return hash("", request);
    }

    /** An answer to the questions of one referral: the reference is part of what was sent. */
    String ofAnswer(String reference, Object body) {
        return hash("answer " + reference + " ", body);
    }

    private String hash(String prefix, Object body) {
        try {
            byte[] bytes = (prefix + canonical.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request cannot be hashed", e);
        }
    }
}
