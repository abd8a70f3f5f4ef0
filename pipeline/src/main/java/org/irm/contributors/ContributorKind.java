package org.irm.contributors;

import java.util.Arrays;
import java.util.Optional;

/** Who a contributor speaks for, as the discussion paper names them; the code is what users type and the register keeps. */
public enum ContributorKind {
    CIVIL_SOCIETY("civil-society"), ACADEMIA("academia"), PRIVATE_SECTOR("private-sector");

    private final String code;

    ContributorKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind of this code ({@code civil-society}, {@code academia}, {@code private-sector}), ignoring case. */
    public static Optional<ContributorKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
