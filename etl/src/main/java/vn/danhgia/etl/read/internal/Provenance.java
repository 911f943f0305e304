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

    /**
     * The unit a file name names: the part after its last ' - ' when it reads like a unit ('DS xep loai
     * 2022 - DU xa Dong Lam'); else the words from the first that starts a unit name to the end, years
     * dropped, with underscores, dots and camel case read as spaces ('BC_xep_loai_DV_2023_chi_bo_thon_3'
     * → 'chi bo thon 3', 'CB Truong THCS Phung Xa 2024' → 'CB Truong THCS Phung Xa'). An abbreviated organ
     * (CB, DU, ĐB) starts a unit only when written in capitals, so 'xuat du lieu' names none.
     */
    public static Optional<String> fileNameUnit(Path file, SynonymTable synonyms) {
        String stem = stem(file);
        int separator = stem.lastIndexOf(UNIT_SEPARATOR);
        if (separator >= 0) {
            String part = HeaderText.clean(stem.substring(separator + UNIT_SEPARATOR.length()));
            if (synonyms.isFileNameUnit(HeaderText.key(part))) {
                return Optional.of(part);
            }
        }
        return unitWords(stem, synonyms);
    }

    /** The unit the nearest folder names ('2024/CB Truong THCS Phung Xa/ds.xlsx'), read as a file name is. */
    public static Optional<String> folderUnit(String relativePath, SynonymTable synonyms) {
        String[] parts = relativePath.split("/");
        for (int index = parts.length - 2; index >= 0; index--) {
            Optional<String> unit = unitWords(parts[index], synonyms);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[_.,;+()\\[\\]]+|\\s+-+\\s*|-+");
    /** Where words join in a name written as one camel-case word ('XepLoaiDV2024ChiBoThon3'). */
    private static final Pattern CAMEL_BREAK = Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    /** Only a word this long is read as camel case: 'K3' or 'TNHH' are words of their own. */
    private static final int CAMEL_LENGTH = 16;
    /** The word before a year that says it is one ('năm', folded). */
    private static final String YEAR_WORD = "nam";

    private static Optional<String> unitWords(String text, SynonymTable synonyms) {
        List<String> words = new ArrayList<>();
        for (String token :
                WORD_BREAK.matcher(HeaderText.clean(text)).replaceAll(" ").split(" ")) {
            String spaced =
                    token.length() >= CAMEL_LENGTH ? CAMEL_BREAK.matcher(token).replaceAll(" ") : token;
            for (String word : spaced.split(" ")) {
                if (YEAR.matcher(word).matches()) {
                    // 'năm' goes with its year: 'CB Truong TH Phu Bao nam 2025' names 'CB Truong TH Phu Bao'
                    if (!words.isEmpty()
                            && HeaderText.key(words.get(words.size() - 1)).equals(YEAR_WORD)) {
                        words.remove(words.size() - 1);
                    }
                } else if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        for (int start = 0; start < words.size() - 1; start++) {
            String word = words.get(start);
            String rest = String.join(" ", words.subList(start, words.size()));
            boolean abbreviation = synonyms.isFileNameUnitAbbreviation(HeaderText.key(word));
            boolean starts = abbreviation
                    ? word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    : synonyms.isFileNameUnitStart(HeaderText.key(rest));
            if (starts) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
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
