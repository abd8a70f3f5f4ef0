package org.irm.console;

import com.ibm.icu.util.Region;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.register.ReviewRecord;
import org.irm.stages.StageList;

/**
 * The map of the States under review, drawn in the browser by ECharts: each State the viewer may see
 * coloured by its review's stage or by its checklist's completion, from {@code /api/map}. The
 * country shapes are Natural Earth's 1:50m admin-0 countries as the npm package world-atlas 2.0.2
 * packs them (TopoJSON, keyed by ISO 3166-1 numeric code), fetched at build time and served from
 * the jar under {@code /vendor/}: the map works offline. This class gives each State its numeric
 * code (ICU's regions), so the browser matches a State to its shape.
 */
final class MapPages {

    private static final Map<String, String> NUMERIC_BY_ISO3 = numericCodes();

    private final ConsolePages frame;
    private final Pages pages;
    private final AccessPolicy policy;
    private final StateBoard board;
    private final StageList stages;

    MapPages(ConsolePages frame, Pages pages, AccessPolicy policy, StateBoard board, StageList stages) {
        this.frame = frame;
        this.pages = pages;
        this.policy = policy;
        this.board = board;
        this.stages = stages;
    }

    void page(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Map<String, Object> model = frame.page(ctx, viewer);
        List<Map<String, String>> legend = new ArrayList<>();
        stages.stages().forEach(stage -> legend.add(Map.of("code", stage.stage().code(), "label", stage.label(viewer.language()))));
        model.put("stages", ConsoleJson.write(legend));
        ConsolePages.html(ctx, pages.render("map.ftlh", viewer.language(), model));
    }

    /** The States the viewer may see, each with its numeric code (null for a State with no shape), stage and completion. */
    void json(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Map<String, ReviewRecord> reviews = board.latestReviews();
        List<Map<String, Object>> states = new ArrayList<>();
        for (OverviewRow row : board.overview(policy.visible(viewer, reviews.keySet()), viewer.language())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("state", row.state());
            json.put("numeric", numeric(row.state()).orElse(null));
            json.put("name", row.name());
            json.put("stage", row.stage());
            json.put("stageLabel", row.stageLabel());
            json.put("completion", row.completion());
            states.add(json);
        }
        ctx.contentType("application/json").result(ConsoleJson.write(Map.of("states", states)));
    }

    /** A State's ISO 3166-1 numeric code as three digits ("404" for KEN), as the map's shapes are keyed. */
    static Optional<String> numeric(String iso3) {
        return Optional.ofNullable(NUMERIC_BY_ISO3.get(iso3));
    }

    private static Map<String, String> numericCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            String iso3 = new Locale("", alpha2).getISO3Country();
            try {
                int numeric = Region.getInstance(alpha2).getNumericCode();
                if (numeric > 0) {
                    codes.put(iso3, String.format(Locale.ROOT, "%03d", numeric));
                }
            } catch (IllegalArgumentException e) {
                // A code ICU does not know as a region has no shape on the map.
            }
        }
        return Map.copyOf(codes);
    }
}
