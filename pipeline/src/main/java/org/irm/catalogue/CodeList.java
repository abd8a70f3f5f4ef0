package org.irm.catalogue;

import java.util.List;

/**
 * A versioned list of codes a choice or check-box question takes, such as the challenges or
 * technical-assistance categories of one cycle. Labels per code live in the i18n files under
 * {@code code.<list id>.<code>}.
 */
public record CodeList(String id, String version, List<String> codes) {
    public CodeList {
        codes = List.copyOf(codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }
}
