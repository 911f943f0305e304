package vn.danhgia.etl.read.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's place says about it: its path relative to the loaded folder, the year in its folder or
 * file name ('2022/DS xep loai.xlsx', 'so theo doi ky luat 2024.csv'), and a unit in its file name
 * ('DS xep loai dang vien 2022 - DU xa Dong Lam.xlsx').
 */
public final class Provenance {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final String UNIT_SEPARATOR = " - ";

    private Provenance() {}

    /** The file relative to {@code root} with '/' separators; the file name when root is the file or not above it. */
    public static String relative(Path file, Path root) {
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path base = Files.isDirectory(absoluteRoot) ? absoluteRoot : absoluteRoot.getParent();
        Path relative = base != null && absoluteFile.startsWith(base)
                ? base.relativize(absoluteFile)
                : absoluteFile.getFileName();
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /** The year named by the nearest folder (within the relative path, else the file's own folder). */
    public static Optional<Integer> folderYear(Path file, String relativePath) {
        List<String> folders = new ArrayList<>();
        String[] parts = relativePath.split("/");
        for (int index = parts.length - 2; index >= 0; index--) {
            folders.add(parts[index]);
        }
        if (folders.isEmpty()) {
            Path parent = file.toAbsolutePath().normalize().getParent();
            if (parent != null && parent.getFileName() != null) {
                folders.add(parent.getFileName().toString());
            }
        }
        for (String folder : folders) {
            Optional<Integer> year = singleYear(folder);
            if (year.isPresent()) {
                return year;
            }
        }
        return Optional.empty();
    }

    /** The year of the file name, when it names exactly one ('... 2023-2024' names none). */
    public static Optional<Integer> fileNameYear(Path file) {
        return singleYear(stem(file));
    }

    /** The part after the last ' - ' of the file name, when it reads like a unit ('DU xa Dong Lam'). */
    public static Optional<String> fileNameUnit(Path file, SynonymTable synonyms) {
        String stem = stem(file);
        int separator = stem.lastIndexOf(UNIT_SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        String part = HeaderText.clean(stem.substring(separator + UNIT_SEPARATOR.length()));
        return synonyms.isFileNameUnit(HeaderText.key(part)) ? Optional.of(part) : Optional.empty();
    }

    private static Optional<Integer> singleYear(String text) {
        Set<Integer> years = new LinkedHashSet<>();
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            years.add(Integer.parseInt(matcher.group(1)));
        }
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
