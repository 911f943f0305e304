package vn.danhgia.analytics.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A row of mart.findings as a test reads it; {@link #evidenceJson()} parses the evidence (and so checks it is JSON). */
public record Finding(
        String detector, int year, String unitCode, String subjectKey, String severity, double score, String evidence) {

    public JsonNode evidenceJson() {
        try {
            return new ObjectMapper().readTree(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence of " + this + " is not JSON", e);
        }
    }
}
