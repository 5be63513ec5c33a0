import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step: copies the code snippets of the guides in {@code docs/guides} from the examples' compiled and tested
 * sources, so that no code in a guide is typed by hand. Plain JDK, run as a single-file program:
 * {@code java docs/build/UpdateSnippets.java <repository root> [--check]}.
 * <p>
 * A region of a source file under {@code examples/&#42;/src/} or {@code tests/&#42;/src/} ({@code .java}, {@code .yaml},
 * {@code .yml}, {@code .properties}, {@code .xml}), or of such a project's {@code pom.xml}, is marked with two comment
 * lines, {@code // snippet:NAME} and
 * {@code // end-snippet:NAME} ({@code # ...} in YAML and properties files, {@code <!-- ... -->} in XML). In a guide,
 * everything between {@code <!-- snippet:NAME -->} and {@code <!-- end-snippet:NAME -->} is replaced by a line naming
 * the source file and a fenced code block holding the region, de-indented, without marker lines of other snippets
 * nested in it.
 * <p>
 * Fails (exit status 1, nothing written) when a guide names a snippet no source marks, when markers do not pair up,
 * when two regions share a name, or when a guide has a fenced code block outside snippet markers other than
 * {@code shell} (commands) and {@code text} (diagrams). With {@code --check} it writes nothing and fails when a guide
 * differs from what it would write, naming the guides to regenerate.
 */
public final class UpdateSnippets {

    private static final Pattern SOURCE_MARKER = Pattern.compile(
            "^\\s*(?://|#|<!--)\\s*(end-snippet|snippet):([A-Za-z0-9_.-]+)\\s*(?:-->)?\\s*$");
    private static final Pattern GUIDE_MARKER = Pattern.compile(
            "^<!-- (end-snippet|snippet):([A-Za-z0-9_.-]+) -->$");
    private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");
    private static final Set<String> EXTENSIONS = Set.of("java", "yaml", "yml", "properties", "xml");
    private static final Set<String> HAND_WRITTEN_FENCES = Set.of("shell", "text");

    /** One marked region: its text, de-indented, the file it is in (relative to the root) and its language. */
    record Snippet(String name, String path, String language, String code) {
    }

    private UpdateSnippets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || args.length == 2 && !args[1].equals("--check")) {
            System.err.println("Usage: java docs/build/UpdateSnippets.java <repository root> [--check]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        boolean check = args.length == 2;
        List<String> errors = new ArrayList<>();

        Map<String, Snippet> snippets = snippets(root, errors);
        Map<Path, String> updates = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        for (Path guide : guides(root)) {
            String text = Files.readString(guide, StandardCharsets.UTF_8);
            String updated = render(root.relativize(guide).toString(), text, snippets, used, errors);
            if (updated != null && !updated.equals(text)) {
                updates.put(guide, updated);
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(error -> System.err.println("UpdateSnippets: " + error));
            System.exit(1);
        }
        Set<String> unused = new TreeSet<>(snippets.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            System.out.println("UpdateSnippets: marked in the examples but used by no guide: " + unused);
        }
        if (check) {
            if (!updates.isEmpty()) {
                updates.keySet().forEach(guide -> System.err.println("UpdateSnippets: " + root.relativize(guide)
                        + " is out of date with the example sources"));
                System.err.println("UpdateSnippets: run java docs/build/UpdateSnippets.java . (or ./mvnw -N -f"
                                   + " examples/pom.xml generate-resources) and commit the guides");
                System.exit(1);
            }
            System.out.println("UpdateSnippets: " + used.size() + " snippets in the guides match the example sources");
            return;
        }
        for (Map.Entry<Path, String> update : updates.entrySet()) {
            Files.writeString(update.getKey(), update.getValue(), StandardCharsets.UTF_8);
            System.out.println("UpdateSnippets: updated " + root.relativize(update.getKey()));
        }
    }

    /** Every marked region under examples/&#42;/src and tests/&#42;/src and in their projects' POMs, by name. */
    static Map<String, Snippet> snippets(Path root, List<String> errors) throws IOException {
        Map<String, Snippet> snippets = new TreeMap<>();
        Path examples = root.resolve("examples");
        if (!Files.isDirectory(examples)) {
            errors.add("no examples folder under " + root);
            return snippets;
        }
        List<Path> sources = new ArrayList<>();
        for (Path folder : List.of(examples, root.resolve("tests"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> isExampleSource(folder.relativize(file)))
                        .forEach(sources::add);
            }
        }
        sources.sort(null);
        for (Path source : sources) {
            String path = root.relativize(source).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            Map<String, Integer> open = new TreeMap<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher marker = SOURCE_MARKER.matcher(lines.get(i));
                if (!marker.matches()) {
                    continue;
                }
                String name = marker.group(2);
                if (marker.group(1).equals("snippet")) {
                    if (open.putIfAbsent(name, i) != null) {
                        errors.add(path + ":" + (i + 1) + ": snippet " + name + " opened twice");
                    }
                } else {
                    Integer start = open.remove(name);
                    if (start == null) {
                        errors.add(path + ":" + (i + 1) + ": end-snippet:" + name + " without snippet:" + name);
                        continue;
                    }
                    Snippet snippet = new Snippet(name, path, language(path), code(lines.subList(start + 1, i)));
                    Snippet previous = snippets.putIfAbsent(name, snippet);
                    if (previous != null) {
                        errors.add("snippet " + name + " is marked in " + previous.path() + " and in " + path);
                    } else if (snippet.code().isEmpty()) {
                        errors.add(path + ":" + (start + 1) + ": snippet " + name + " is empty");
                    }
                }
            }
            open.forEach((name, line) -> errors.add(path + ":" + (line + 1) + ": snippet:" + name
                                                    + " has no end-snippet:" + name));
        }
        return snippets;
    }

    private static boolean isExampleSource(Path relative) {
        if (relative.getNameCount() == 2 && relative.getName(1).toString().equals("pom.xml")) {
            return true;
        }
        if (relative.getNameCount() < 3 || !relative.getName(1).toString().equals("src")) {
            return false;
        }
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static String language(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return switch (extension) {
            case "yml" -> "yaml";
            default -> extension;
        };
    }

    /** The region's lines without nested marker lines, de-indented by their common indentation. */
    private static String code(List<String> region) {
        List<String> lines = new ArrayList<>();
        for (String line : region) {
            if (!SOURCE_MARKER.matcher(line).matches()) {
                lines.add(line.stripTrailing());
            }
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isEmpty()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            code.append(line.isEmpty() ? "" : line.substring(indent)).append('\n');
        }
        return code.toString();
    }

    private static List<Path> guides(Path root) throws IOException {
        Path folder = root.resolve("docs/guides");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The guide with every snippet region filled in, or null when it has errors (added to {@code errors}). */
    static String render(String guide, String text, Map<String, Snippet> snippets, Set<String> used,
                         List<String> errors) {
        int errorCount = errors.size();
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher marker = GUIDE_MARKER.matcher(line.strip());
            if (fence == null && marker.matches() && marker.group(1).equals("snippet")) {
                String name = marker.group(2);
                int end = i + 1;
                while (end < lines.length && !lines[end].strip().equals("<!-- end-snippet:" + name + " -->")) {
                    end++;
                }
                if (end == lines.length) {
                    errors.add(guide + ":" + (i + 1) + ": <!-- snippet:" + name + " --> has no <!-- end-snippet:"
                               + name + " -->");
                    break;
                }
                Snippet snippet = snippets.get(name);
                if (snippet == null) {
                    errors.add(guide + ":" + (i + 1) + ": unknown snippet " + name + " (no // snippet:" + name
                               + " in examples/*/src, tests/*/src or their pom.xml)");
                } else {
                    used.add(name);
                    out.append(line).append('\n').append(block(guide, snippet)).append(lines[end]);
                    if (end < lines.length - 1) {
                        out.append('\n');
                    }
                }
                i = end;
                continue;
            }
            if (fence == null && marker.matches()) {
                errors.add(guide + ":" + (i + 1) + ": " + line.strip() + " without its opening marker");
            }
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.matches()) {
                fence = opening.group(1);
                String language = opening.group(2).strip();
                if (!HAND_WRITTEN_FENCES.contains(language)) {
                    errors.add(guide + ":" + (i + 1) + ": a ```" + language + " block outside snippet markers; code"
                               + " comes from the examples (<!-- snippet:NAME -->), only ```shell and ```text may be"
                               + " written by hand");
                }
            } else if (fence != null && line.strip().equals(fence)) {
                fence = null;
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return errors.size() == errorCount ? out.toString() : null;
    }

    /** The source line and the fenced block for one snippet, as they stand in the guide. */
    private static String block(String guide, Snippet snippet) {
        String fence = "```";
        while (snippet.code().contains(fence)) {
            fence += "`";
        }
        Path guideFolder = Path.of(guide).getParent();
        String link = (guideFolder == null ? Path.of(snippet.path()) : guideFolder.relativize(Path.of(snippet.path())))
                .toString().replace('\\', '/');
        return "Source: [`" + snippet.path() + "`](" + link + ")\n\n"
               + fence + snippet.language() + "\n" + snippet.code() + fence + "\n";
    }
}
