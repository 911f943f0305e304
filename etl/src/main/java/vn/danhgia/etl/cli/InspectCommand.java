package vn.danhgia.etl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.read.FileCollector;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.MappingProfile;
import vn.danhgia.etl.read.MappingProfiles;
import vn.danhgia.etl.read.ReadHints;
import vn.danhgia.etl.read.internal.ReadErrors;

/**
 * {@code danhgia inspect FILE...}: how each file is understood, without loading it (kind, year and unit
 * and where each was found, the header, each column's field with what bound it and its score, the first
 * rows as read, warnings). With {@code --map "Cột=field" ... --save NAME}, maps a layout the reader does not
 * understand and saves it as a profile the load applies to later files with the same header.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true)
public final class InspectCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.cli.messages");

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "inspect.parameter.files")
    List<Path> paths;

    @Option(names = "--json", descriptionKey = "inspect.option.json")
    boolean json;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", descriptionKey = "inspect.option.map")
    List<String> maps = new ArrayList<>();

    @Option(names = "--save", paramLabel = "NAME", descriptionKey = "inspect.option.save")
    String save;

    @Option(names = "--rows", defaultValue = "5", descriptionKey = "inspect.option.rows")
    int rows;

    @Option(names = "--year", descriptionKey = "load.option.year")
    Integer year;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "load.option.unit")
    String unit;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        MappingProfiles profiles = MappingProfiles.discover(DanhgiaConfig.discover());
        Map<String, String> mapping = mapping(maps);
        if (save != null && mapping.isEmpty()) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("inspect.saveWithoutMap"));
        }
        List<InspectReport.FileResult> results = new ArrayList<>();
        ReadHints hints = new ReadHints(Optional.ofNullable(year), Optional.ofNullable(unit));
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("load.noSuchPath", path));
            }
            Path root = Files.isDirectory(path)
                    ? path
                    : (path.isAbsolute() ? path.getParent() : Path.of("").toAbsolutePath());
            for (Path file : FileCollector.collect(path)) {
                MappingProfiles applied = profiles;
                Optional<Path> saved = Optional.empty();
                if (!mapping.isEmpty()) {
                    MappingProfile profile =
                            new FileReader(profiles).profile(file, root, save == null ? "inspect" : save, mapping);
                    applied = profiles.with(profile);
                    if (save != null) {
                        saved = Optional.of(profiles.save(profile));
                    }
                }
                results.add(InspectReport.inspect(new FileReader(applied), file, root, hints, rows, saved));
            }
        }
        if (json) {
            InspectReport.json(results, out);
        } else {
            InspectReport.table(results, out);
        }
        return results.stream().allMatch(result -> result.error().isEmpty()) ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
    }

    /** The --map options, "Column title=field" each (split at the last '='), in order. */
    static Map<String, String> mapping(List<String> maps) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String map : maps) {
            int equals = map.lastIndexOf('=');
            String column = equals < 0 ? "" : map.substring(0, equals).strip();
            String field = equals < 0 ? "" : map.substring(equals + 1).strip();
            if (column.isEmpty() || field.isEmpty()) {
                throw new DanhgiaException(
                        ErrorCode.INVALID_USAGE, ReadErrors.message("profile.badMap", map, allFields()));
            }
            mapping.put(column, field);
        }
        return mapping;
    }

    private static String allFields() {
        return vn.danhgia.etl.read.FormFields.allFields();
    }
}
