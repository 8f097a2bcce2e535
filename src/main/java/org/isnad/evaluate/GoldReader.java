package org.isnad.evaluate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.extract.MeetingStatus;
import org.isnad.extract.Stance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads gold files strictly: a mistyped field or value is an error naming the file and the field
 * (entities[3].forms[1]), not an annotation that silently never matches.
 */
public final class GoldReader {
    public static final String SUFFIX = ".gold.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("Person", "Organization", "State", "Place");
    private static final Set<String> STATUSES = Arrays.stream(MeetingStatus.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> STANCES = Arrays.stream(Stance.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final Path file;

    private GoldReader(Path file) {
        this.file = file;
    }

    /** The gold files named: a file as it is, a folder as every {@code *.gold.json} directly in it, in name order. */
    public static List<Path> collect(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> files = Files.list(p)) {
                    found = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new GoldProblem(p, "cannot list folder: " + e.getMessage());
                }
                if (found.isEmpty()) {
                    throw new GoldProblem(p, "no *" + SUFFIX + " file in this folder");
                }
                out.addAll(found);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new GoldProblem(p, "no such file or folder");
            }
        }
        return out;
    }

    /** A gold file's name without {@code .gold.json}: the article's name, as the scorer prints it. */
    static String stem(Path file) {
        String f = file.getFileName().toString();
        return f.endsWith(SUFFIX) ? f.substring(0, f.length() - SUFFIX.length()) : f;
    }

    public static GoldFile read(Path file) {
        return new GoldReader(file).read();
    }

    private GoldFile read() {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem("not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem("cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem("expected a JSON object at the top");
        }
        List<GoldFile.Entity> entities = new ArrayList<>();
        JsonNode ents = required(root, "entities", "entities");
        array(ents, "entities").forEach(e -> entities.add(entity(e, "entities[" + entities.size() + "]")));
        List<GoldFile.Meeting> meetings = new ArrayList<>();
        array(root.path("meetings"), "meetings").forEach(m -> meetings.add(meeting(m, "meetings[" + meetings.size() + "]")));
        List<GoldFile.Claim> claims = new ArrayList<>();
        array(root.path("claims"), "claims").forEach(c -> claims.add(claim(c, "claims[" + claims.size() + "]")));
        return new GoldFile(file, text(optionalString(root, "doc", "doc")), optionalString(root, "lang", "lang"),
                date(root), entities, meetings, claims, strings(root.path("optional"), "optional"));
    }

    /** The article: the gold's {@code doc}, relative to the gold file, else the .txt of the same stem beside it. */
    private Path text(String doc) {
        Path dir = file.toAbsolutePath().getParent();
        Path text = doc != null ? dir.resolve(doc).normalize()
                : dir.resolve(stem(file) + ".txt");
        if (!Files.isRegularFile(text)) {
            throw problem((doc != null ? "doc: " : "") + "the article " + text + " does not exist");
        }
        return text;
    }

    private LocalDate date(JsonNode root) {
        String s = optionalString(root, "published", "published");
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw problem("published: expected a date YYYY-MM-DD, found \"" + s + "\"");
        }
    }

    private GoldFile.Entity entity(JsonNode e, String at) {
        object(e, at);
        String type = requiredString(e, "type", at);
        if (!TYPES.contains(type)) {
            throw problem(at + ".type: \"" + type + "\" is not one of " + sorted(TYPES));
        }
        return new GoldFile.Entity(type, optionalString(e, "qid", at + ".qid"),
                strings(e.path("alt_qids"), at + ".alt_qids"), requiredString(e, "name", at),
                strings(required(e, "forms", at + ".forms"), at + ".forms"));
    }

    private GoldFile.Meeting meeting(JsonNode m, String at) {
        object(m, at);
        String status = requiredString(m, "status", at);
        if (!STATUSES.contains(status)) {
            throw problem(at + ".status: \"" + status + "\" is not one of " + sorted(STATUSES));
        }
        List<Integer> lines = new ArrayList<>();
        for (JsonNode l : array(required(m, "lines", at + ".lines"), at + ".lines")) {
            lines.add(line(l, at + ".lines[" + lines.size() + "]"));
        }
        return new GoldFile.Meeting(optionalString(m, "id", at + ".id"),
                strings(required(m, "participants", at + ".participants"), at + ".participants"), status, lines);
    }

    private GoldFile.Claim claim(JsonNode c, String at) {
        object(c, at);
        JsonNode who = required(c, "claimant", at + ".claimant");
        List<String> claimants = who.isTextual() ? List.of(who.asText()) : strings(who, at + ".claimant");
        if (claimants.isEmpty()) {
            throw problem(at + ".claimant: expected a name or a list of names, found an empty list");
        }
        String stance = requiredString(c, "stance", at);
        if (!STANCES.contains(stance)) {
            throw problem(at + ".stance: \"" + stance + "\" is not one of " + sorted(STANCES));
        }
        return new GoldFile.Claim(optionalString(c, "id", at + ".id"), line(required(c, "line", at + ".line"), at + ".line"),
                claimants, stance, optionalString(c, "via", at + ".via"));
    }

    private int line(JsonNode n, String at) {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            throw problem(at + ": expected a line number (0 or more), found " + n);
        }
        return n.asInt();
    }

    private JsonNode required(JsonNode parent, String field, String at) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw problem(at + ": missing");
        }
        return n;
    }

    private String requiredString(JsonNode parent, String field, String at) {
        JsonNode n = required(parent, field, at + "." + field);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw problem(at + "." + field + ": expected a non-empty string, found " + n);
        }
        return n.asText();
    }

    private String optionalString(JsonNode parent, String field, String at) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw problem(at + ": expected a string, found " + n);
        }
        return n.asText();
    }

    /** The elements of an array; an absent field is an empty one. */
    private List<JsonNode> array(JsonNode n, String at) {
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw problem(at + ": expected a list, found " + n.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private List<String> strings(JsonNode n, String at) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array(n, at)) {
            if (!s.isTextual()) {
                throw problem(at + "[" + out.size() + "]: expected a string, found " + s);
            }
            out.add(s.asText());
        }
        return out;
    }

    private void object(JsonNode n, String at) {
        if (!n.isObject()) {
            throw problem(at + ": expected an object, found " + n.getNodeType().name().toLowerCase(Locale.ROOT));
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private GoldProblem problem(String message) {
        return new GoldProblem(file, message);
    }
}
