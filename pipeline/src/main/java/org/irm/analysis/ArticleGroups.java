package org.irm.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/** The groups of articles the analysis counts together ({@code templates/analysis/article-groups.properties}). */
public final class ArticleGroups {

    /**
     * One group.
     *
     * @param id       as in the template, such as {@code arts-5-6}
     * @param articles the articles' numbers
     * @param chapter  the chapter whose needs the group's share is also given of (roman, as in "II")
     */
    public record Group(String id, List<Integer> articles, String chapter) {
        public Group {
            articles = List.copyOf(articles);
        }

        /** How tables show it: "5, 6". */
        public String shown() {
            return String.join(", ", articles.stream().map(String::valueOf).toList());
        }
    }

    private ArticleGroups() {
    }

    public static List<Group> load(TemplateSource templates) {
        String path = "analysis/article-groups.properties";
        Properties properties = AnalysisLabels.Templates.properties(templates, path, true);
        List<Group> groups = new ArrayList<>();
        // Properties forget the order written: groups are shown by their first article, as the note does.
        for (String id : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(id).split(";");
            try {
                List<Integer> articles = Arrays.stream(parts[0].split(",")).map(String::strip).map(Integer::parseInt).toList();
                if (parts.length != 2 || articles.isEmpty() || parts[1].isBlank()) {
                    throw new NumberFormatException();
                }
                groups.add(new Group(id, articles, parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new ConfigurationException("templates/" + path + ": " + id + " is not <articles>;<chapter>, such as 5,6;II");
            }
        }
        groups.sort(java.util.Comparator.comparing((Group g) -> g.articles().get(0)).thenComparing(Group::id));
        return groups;
    }
}
