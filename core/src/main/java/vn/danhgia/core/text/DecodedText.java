package vn.danhgia.core.text;

import java.util.Objects;

/** The NFC text of a file and the encoding it was read with. */
public record DecodedText(String text, TextEncoding encoding) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }
}
