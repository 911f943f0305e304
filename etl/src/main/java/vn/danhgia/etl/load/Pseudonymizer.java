package vn.danhgia.etl.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.danhgia.core.text.VietnameseText;

/**
 * Turns a person's identifiers into a stable pseudonym ({@code person_key}) with HMAC-SHA256 under the
 * installation's key: of the party card number when the file has one, else of the folded name, the
 * birth year and the unit. Without the key nobody can go back from a pseudonym to a person; with it the
 * same person always gets the same key, year after year. Not thread-safe (one per loading thread).
 */
public final class Pseudonymizer {
    private static final HexFormat HEX = HexFormat.of();
    private final Mac mac;

    public Pseudonymizer(PseudonymKey key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /**
     * The pseudonym of a person, or empty when there is nothing to identify them by. Card numbers are
     * compared without spaces and leading zeros kept; names after folding (case, diacritics, spaces).
     */
    public Optional<String> personKey(String cardNumber, String fullName, String birthYear, String unit) {
        String card = cardNumber == null ? "" : cardNumber.replaceAll("\\s+", "");
        if (!card.isEmpty()) {
            return Optional.of(hash("card|" + card));
        }
        String name = fullName == null ? "" : VietnameseText.fold(fullName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String birth = birthYear == null ? "" : birthYear.trim();
        String place = unit == null ? "" : VietnameseText.fold(unit);
        return Optional.of(hash("name|" + name + "|" + birth + "|" + place));
    }

    /** The pseudonym of an official known only by the code of the monthly evaluation software. */
    public String officialKey(String officialCode) {
        return hash("official|" + officialCode.trim());
    }

    private String hash(String identity) {
        byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
        // 128 bits are plenty against collisions among tens of millions of people.
        return "p" + HEX.formatHex(digest, 0, 16);
    }
}
