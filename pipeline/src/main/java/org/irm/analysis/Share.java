package org.irm.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share: a count of a base, shown as a percentage rounded to the nearest whole per cent with
 * halves rounded up (the rounding the note states), and to one decimal for other tools.
 */
public record Share(int count, int base) {

    /** The percentage rounded to a whole per cent (halves up); 0 for an empty base. */
    @JsonProperty("percent")
    public int percent() {
        return base == 0 ? 0 : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(base), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    /** The percentage to one decimal (halves up). */
    @JsonProperty("exact")
    public double exact() {
        return base == 0 ? 0 : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The fraction, for a spreadsheet cell formatted as a percentage. */
    public double fraction() {
        return base == 0 ? 0 : (double) count / base;
    }

    public static Share of(int count, int base) {
        return new Share(count, base);
    }
}
