package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.form.InputKind;

class MessagesBundleTest {
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/vn/danhgia/etl/read/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (InputKind kind : InputKind.values()) {
            assertThat(vietnamese).containsKey("kind." + kind.code());
        }
        assertThat(vietnamese.getProperty("read.empty"))
                .isEqualTo("Tệp rỗng, không có nội dung. Cách sửa: xin đơn vị gửi lại tệp có dữ liệu.");
    }
}
