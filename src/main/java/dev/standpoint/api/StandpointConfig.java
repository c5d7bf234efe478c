package dev.standpoint.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Service limits, under the `standpoint.` prefix; every value has a default. */
@ConfigMapping(prefix = "standpoint")
public interface StandpointConfig {

    Batch batch();

    Text text();

    Listing listing();

    Engine engine();

    interface Engine {
        /**
         * Score stance with the trained sentence-embedding classifier beside the lexicon (more accurate);
         * false keeps to cues and lexicon, about a hundred times faster, for bulk runs.
         */
        @WithDefault("true")
        boolean stanceModel();
    }

    interface Batch {
        /** Most articles one POST /v1/analyses:batch may carry. */
        @WithDefault("100")
        @Min(1)
        @Max(1000)
        int maxItems();
    }

    interface Text {
        /** Longest article text, in UTF-16 code units, the engine is asked to read. */
        @WithDefault("200000")
        @Min(1)
        int maxChars();
    }

    interface Listing {
        /** Page size when a list request gives no limit. */
        @WithDefault("20")
        @Min(1)
        int defaultLimit();

        /** Largest page a list request may ask for. */
        @WithDefault("100")
        @Min(1)
        int maxLimit();
    }
}
