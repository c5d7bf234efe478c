package dev.standpoint.api;

import dev.standpoint.analysis.EngineSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Service limits, under the `standpoint.` prefix; every value has a default, and {@link ConfigCheck} checks the ranges. */
@ConfigMapping(prefix = "standpoint")
public interface StandpointConfig {

    Batch batch();

    Text text();

    Listing listing();

    Engine engine();

    interface Engine {
        /**
         * {@code accurate}: the attribution tagger and the stance model, trained on annotated news (README,
         * Accuracy); {@code fast}: rules in every stage, a fraction of a millisecond per article.
         */
        @WithDefault("accurate")
        EngineSettings.Mode mode();

        /** Overrides the mode's attribution stage ({@code rules}, {@code tagger}); for comparisons. */
        Optional<EngineSettings.AttributionStage> attribution();

        /** Overrides the mode's stance stage ({@code lexicon}, {@code lexicon-and-classifier}, {@code model}). */
        Optional<EngineSettings.StanceStage> stance();

        /** The stages these settings choose. */
        default EngineSettings settings() {
            return EngineSettings.of(mode()).overriddenBy(attribution(), stance());
        }
    }

    Analysis analysis();

    Security security();

    Caps caps();

    Http http();

    /**
     * Request limits answered with a problem (413, 414, 431) by RequestGate and BodyEncodingFilter. The transport
     * ceilings quarkus.http.limits.max-body-size, max-initial-line-length and max-header-size sit above these;
     * only a request past a ceiling gets the framework's bare answer.
     */
    interface Http {
        /** Largest request body in bytes; larger is a 413 problem (chunked bodies too). */
        @WithDefault("1048576")
        int maxBodySize();

        /** Longest request target (path and query) in characters; longer is a 414 problem. */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest total of request header names and values in bytes; larger is a 431 problem. */
        @WithDefault("16384")
        int maxHeaderSize();
    }

    /**
     * The most of each thing one analysis holds, so that an article of thousands of short quotes cannot answer
     * megabytes: actors and quotes are cut before the analysis is stored, mentions and evidence per actor when
     * it is answered. `counts` in every answer says what the engine found.
     */
    interface Caps {
        /** Actors kept per analysis: those with the most evidence, then mentions, in the engine's order. */
        @WithDefault("100")
        int actors();

        /** Quotes kept per analysis, in text order, those of kept actors or of no one. */
        @WithDefault("300")
        int quotes();

        /** Mentions shown per actor (mentionCount gives them all). */
        @WithDefault("50")
        int mentionsPerActor();

        /** Pieces of evidence shown per actor (evidenceCount gives them all). */
        @WithDefault("50")
        int evidencePerActor();
    }

    RateLimit rateLimit();

    interface Batch {
        /** Most articles one POST /v1/analyses:batch may carry. */
        @WithDefault("100")
        int maxItems();
    }

    interface Text {
        /** Longest article text, in UTF-16 code units, the engine is asked to read. */
        @WithDefault("200000")
        int maxChars();
    }

    interface Listing {
        /** Page size when a list request gives no limit. */
        @WithDefault("20")
        int defaultLimit();

        /** Largest page a list request may ask for. */
        @WithDefault("100")
        int maxLimit();

        /**
         * Largest list answer, in bytes of JSON: a page ends early (hasMore, nextCursor) once its items would
         * pass this, and always holds at least one item.
         */
        @WithDefault("2000000")
        int maxPageBytes();
    }

    interface Analysis {
        /** Longest one analysis may run (queueing included) before the request is answered 503. */
        @WithDefault("30s")
        Duration timeout();

        /** Analyses running at once; more wait in a queue of `queue` places, beyond which requests get 503. */
        @WithDefault("4")
        int concurrency();

        @WithDefault("256")
        int queue();
    }

    interface Security {
        /**
         * Keys accepted in `X-API-Key` or `Authorization: Bearer`. None configured: the API is open.
         * Configured: creating and deleting need a key (401 without one, 403 with an unknown one).
         */
        Optional<Set<String>> apiKeys();

        /** With keys configured, whether reads need a key too. */
        @WithDefault("false")
        boolean protectReads();
    }

    interface RateLimit {
        /** A token bucket per API key, or per client address without one; off by default. */
        @WithDefault("false")
        boolean enabled();

        /** Tokens added to each bucket per minute: the sustained request rate. */
        @WithDefault("600")
        int requestsPerMinute();

        /** Bucket size: the most requests a client may send at once after being idle. */
        @WithDefault("60")
        int burst();
    }
}
