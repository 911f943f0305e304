package vn.danhgia.etl.read;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.etl.read.internal.ReadErrors;

/**
 * The saved mapping profiles of the installation: one YAML file per profile ({@code NAME.yaml}) in a
 * folder of the configuration, never in the jar. The folder is {@code profiles/} beside the configuration
 * file ({@code $DANHGIA_CONFIG} or {@code ./danhgia.yaml}); without one, {@code $DANHGIA_PROFILES}, else
 * {@code $XDG_CONFIG_HOME/danhgia/profiles}, else {@code ~/.config/danhgia/profiles}.
 */
public final class MappingProfiles {
    public static final String ENVIRONMENT_VARIABLE = "DANHGIA_PROFILES";
    private static final ObjectMapper YAML = new ObjectMapper(
                    new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Optional<Path> folder;
    private final List<MappingProfile> profiles;

    private MappingProfiles(Optional<Path> folder, List<MappingProfile> profiles) {
        this.folder = folder;
        this.profiles = List.copyOf(profiles);
    }

    /** No profiles (tests, and readers that must not depend on the installation). */
    public static MappingProfiles none() {
        return new MappingProfiles(Optional.empty(), List.of());
    }

    /** The profiles saved in a folder (which need not exist yet). */
    public static MappingProfiles in(Path folder) {
        List<MappingProfile> profiles = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(
                                path -> path.getFileName().toString().endsWith(".yaml"))
                        .sorted()
                        .toList()) {
                    profiles.add(read(file));
                }
            } catch (IOException e) {
                throw new DanhgiaException(
                        ErrorCode.INVALID_CONFIGURATION,
                        ReadErrors.message("profile.unreadable", folder, e.getMessage()),
                        null,
                        e);
            }
        }
        return new MappingProfiles(Optional.of(folder), profiles);
    }

    /** The profiles of this installation (see the class comment for the folder). */
    public static MappingProfiles discover(DanhgiaConfig config) {
        return in(folderOf(config));
    }

    /** The profiles folder of this installation. */
    public static Path folderOf(DanhgiaConfig config) {
        if (config.source().isPresent()) {
            Path parent = config.source().get().toAbsolutePath().getParent();
            return parent.resolve("profiles");
        }
        String explicit = System.getenv(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("danhgia").resolve("profiles");
    }

    public Optional<Path> folder() {
        return folder;
    }

    public List<MappingProfile> all() {
        return profiles;
    }

    /** The profile whose header has these cells (compared folded), if one was saved. */
    public Optional<MappingProfile> matching(List<String> cells) {
        List<String> signature = MappingProfile.signature(cells);
        return profiles.stream()
                .filter(profile -> profile.signature().equals(signature))
                .findFirst();
    }

    /** These profiles and one more (replacing a profile of the same name), not saved. */
    public MappingProfiles with(MappingProfile profile) {
        List<MappingProfile> list = new ArrayList<>(profiles);
        list.removeIf(existing -> existing.name().equals(profile.name()));
        list.add(0, profile);
        return new MappingProfiles(folder, list);
    }

    /** Writes a profile to the folder ({@code NAME.yaml}, replacing one of that name); returns its file. */
    public Path save(MappingProfile profile) {
        Path directory = folder.orElseThrow(() -> new IllegalStateException("no profiles folder"));
        Path file = directory.resolve(profile.name() + ".yaml");
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("name", profile.name());
        content.put("kind", profile.kind().code());
        content.put("header", profile.header());
        content.put("columns", profile.columns());
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, profile.name(), ".tmp");
            YAML.writeValue(temporary.toFile(), content);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION,
                    ReadErrors.message("profile.unwritable", file, e.getMessage()),
                    null,
                    e);
        }
    }

    private static MappingProfile read(Path file) {
        try {
            Map<String, Object> content = YAML.readValue(file.toFile(), new TypeReference<>() {});
            String kindCode = String.valueOf(content.get("kind"));
            InputKind kind = InputKind.fromCode(kindCode)
                    .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + kindCode + "'"));
            @SuppressWarnings("unchecked")
            List<String> header = (List<String>) content.getOrDefault("header", List.of());
            @SuppressWarnings("unchecked")
            Map<String, String> columns = (Map<String, String>) content.getOrDefault("columns", Map.of());
            return new MappingProfile(String.valueOf(content.get("name")), kind, header, columns);
        } catch (IOException | RuntimeException e) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION,
                    ReadErrors.message("profile.invalid", file, e.getMessage()),
                    null,
                    e);
        }
    }
}
