package org.irm.lots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The record of a draw as JSON (format {@code irm-lots-record/1}): the request and seed, the
 * digests of the States list, policy and history, the policy's settings, the drawn order, the
 * widening level, the pairings and the redraws with their reasons. {@code irm lots --verify}
 * recomputes a draw from its inputs and compares it with this record.
 */
public final class DrawRecordJson {

    /** The format written, and the only one read. */
    public static final String FORMAT = "irm-lots-record/1";

    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private DrawRecordJson() {
    }

    /** The record as JSON text. */
    public static String toJson(DrawResult result) {
        DrawRequest rq = result.request();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("algorithm", DrawResult.ALGORITHM);
        json.put("mechanism", result.mechanism());
        json.put("cycle", (long) rq.cycle());
        json.put("year", (long) rq.year());
        json.put("seed", rq.seed());
        json.put("drawDate", rq.drawDate().toString());
        json.put("underReview", List.copyOf(rq.underReview()));
        json.put("deferring", List.copyOf(new TreeSet<>(rq.deferring())));
        json.put("digests", Map.of("states", result.digests().states(), "policy", result.digests().policy(),
                "history", result.digests().history()).entrySet().stream()
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        json.put("policy", new TreeMap<>(result.policy().settings()));
        json.put("order", result.order());
        json.put("level", (long) result.level());
        List<Object> pairings = new ArrayList<>();
        for (Pairing p : result.pairings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("underReview", p.underReview());
            m.put("role", name(p.role()));
            m.put("instrument", p.instrument());
            m.put("reviewer", p.reviewer());
            m.put("additional", p.additional());
            pairings.add(m);
        }
        json.put("pairings", pairings);
        List<Object> redraws = new ArrayList<>();
        for (Redraw r : result.redraws()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", (long) r.number());
            m.put("underReview", r.request().underReview());
            m.put("requestedBy", r.request().requestedBy());
            m.put("replace", r.request().replace().orElse(null));
            m.put("reason", r.request().reason());
            m.put("exceptional", r.request().exceptional());
            m.put("replaced", r.replaced());
            m.put("drawn", r.drawn());
            redraws.add(m);
        }
        json.put("redraws", redraws);
        return Json.write(json);
    }

    /** Writes the record (through a temporary file, so a reader never sees half of it); returns its SHA-256. */
    public static String write(DrawResult result, Path file) throws IOException {
        byte[] bytes = toJson(result).getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".record", ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return InputDigests.sha256(bytes);
    }

    /** Reads a record written by {@link #write}. */
    public static DrawResult read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new LotsInputException(file + " is larger than a draw record can be (" + MAX_BYTES + " bytes)");
        }
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Reads a record from its JSON text; {@code location} names it in messages. */
    public static DrawResult fromJson(String text, String location) {
        Fields json = new Fields(asMap(Json.parse(text, location), location), location);
        if (!FORMAT.equals(json.text("format"))) {
            throw new LotsInputException(location + " is not a draw record of format " + FORMAT);
        }
        Map<String, String> settings = new TreeMap<>();
        json.map("policy").forEach((k, v) -> settings.put(k, String.valueOf(v)));
        DrawPolicy policy = DrawPolicy.of(settings);
        DrawRequest request = new DrawRequest(json.number("cycle"), json.number("year"), json.text("seed"),
                json.texts("underReview"), new TreeSet<>(json.texts("deferring")), json.date("drawDate"));
        Fields digests = new Fields(json.map("digests"), location);
        InputDigests inputDigests = new InputDigests(digests.text("states"), digests.text("policy"),
                digests.text("history"));
        List<Pairing> pairings = new ArrayList<>();
        for (Map<String, Object> m : json.maps("pairings")) {
            Fields p = new Fields(m, location);
            pairings.add(new Pairing(p.text("underReview"), role(p.text("role"), location), p.text("instrument"),
                    p.text("reviewer"), p.flag("additional")));
        }
        List<Redraw> redraws = new ArrayList<>();
        for (Map<String, Object> m : json.maps("redraws")) {
            Fields r = new Fields(m, location);
            RedrawRequest rq = new RedrawRequest(r.text("underReview"), r.text("requestedBy"),
                    Optional.ofNullable(r.optionalText("replace")), r.text("reason"), r.flag("exceptional"));
            redraws.add(new Redraw(r.number("number"), rq, r.texts("replaced"), r.texts("drawn")));
        }
        return new DrawResult(request, policy, inputDigests, json.texts("order"), json.number("level"),
                pairings, redraws);
    }

    static String name(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Role role(String name, String location) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new LotsInputException(location + ": unknown box '" + name + "'", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String location) {
        if (!(value instanceof Map)) {
            throw new LotsInputException(location + " is not a draw record: expected an object");
        }
        return (Map<String, Object>) value;
    }

    /** Typed access to one JSON object's fields, with a plain message for a missing or wrong one. */
    private record Fields(Map<String, Object> map, String location) {

        Object get(String key) {
            if (!map.containsKey(key)) {
                throw new LotsInputException(location + ": the record has no '" + key + "'");
            }
            return map.get(key);
        }

        String text(String key) {
            Object v = get(key);
            if (!(v instanceof String s)) {
                throw wrong(key, "text");
            }
            return s;
        }

        String optionalText(String key) {
            Object v = map.get(key);
            return v instanceof String s ? s : null;
        }

        int number(String key) {
            Object v = get(key);
            if (!(v instanceof Long n) || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw wrong(key, "a whole number");
            }
            return n.intValue();
        }

        boolean flag(String key) {
            Object v = get(key);
            if (!(v instanceof Boolean b)) {
                throw wrong(key, "true or false");
            }
            return b;
        }

        LocalDate date(String key) {
            try {
                return LocalDate.parse(text(key));
            } catch (DateTimeParseException e) {
                throw wrong(key, "a date (yyyy-mm-dd)");
            }
        }

        List<String> texts(String key) {
            List<String> out = new ArrayList<>();
            for (Object v : list(key)) {
                if (!(v instanceof String s)) {
                    throw wrong(key, "a list of texts");
                }
                out.add(s);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> maps(String key) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object v : list(key)) {
                if (!(v instanceof Map)) {
                    throw wrong(key, "a list of objects");
                }
                out.add((Map<String, Object>) v);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            Object v = get(key);
            if (!(v instanceof Map)) {
                throw wrong(key, "an object");
            }
            return (Map<String, Object>) v;
        }

        private List<Object> list(String key) {
            Object v = get(key);
            if (!(v instanceof List)) {
                throw wrong(key, "a list");
            }
            return (List<Object>) v;
        }

        private LotsInputException wrong(String key, String expected) {
            return new LotsInputException(location + ": '" + key + "' should be " + expected);
        }
    }
}
