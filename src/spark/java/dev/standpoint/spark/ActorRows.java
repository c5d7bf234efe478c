package dev.standpoint.spark;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.store.ActorNameKey;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One row per actor and article, in the columns of the service's CSV export and the bulk mode's {@code --csv}
 * (dev.standpoint.api.ActorRows, which reads them off the API's JSON; this one reads them off the engine's
 * {@link Analysis} directly, so the job needs neither Quarkus nor JSON). An article without actors keeps one row with
 * empty actor columns, so every article appears.
 */
public final class ActorRows {

    /** The columns, in the order of the service's export. */
    public static final List<String> COLUMNS = List.of("analysisId", "title", "url", "publishedAt", "actor",
            "actorKey", "type", "role", "stance", "confidence", "approval", "concern", "skepticism", "neutral",
            "sentiment", "sentimentMagnitude", "evidenceCount");

    /** The Spark schema of the rows: text columns are strings, scores doubles, evidenceCount an int; all nullable. */
    public static final StructType SCHEMA = schema();

    private ActorRows() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String column : COLUMNS) {
            DataType type = switch (column) {
                case "confidence", "approval", "concern", "skepticism", "neutral", "sentiment",
                     "sentimentMagnitude" -> DataTypes.DoubleType;
                case "evidenceCount" -> DataTypes.IntegerType;
                default -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(column, type, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The rows of one analysed article. */
    public static List<Row> of(ArticleRecord article, Analysis analysis) {
        String analysisId = article.analysisId();
        List<Row> rows = new ArrayList<>();
        if (analysis.actors().isEmpty()) {
            rows.add(RowFactory.create(analysisId, article.title(), article.url(), article.publishedAt(),
                    null, null, null, null, null, null, null, null, null, null, null, null, null));
            return rows;
        }
        for (Actor a : analysis.actors()) {
            rows.add(RowFactory.create(analysisId, article.title(), article.url(), article.publishedAt(),
                    a.name(), actorKey(a, analysisId), a.type().name(), a.role().orElse(null),
                    a.stance().label().name().toLowerCase(Locale.ROOT), a.stance().confidence(),
                    a.stance().scores().approval(), a.stance().scores().concern(),
                    a.stance().scores().skepticism(), a.stance().scores().neutral(),
                    a.sentiment().score(), a.sentiment().magnitude(), a.evidence().size()));
        }
        return rows;
    }

    /**
     * The key that follows an actor across articles, as the service files it (dev.standpoint.store.ActorKeys): the
     * normalised name; a generic or anonymous actor is someone else in every article, so its key carries the id.
     */
    static String actorKey(Actor actor, String analysisId) {
        String nameKey = ActorNameKey.of(actor.name());
        String key = nameKey.isEmpty() ? actor.id() : nameKey;
        return actor.type().isGeneric(actor.name()) ? key + "--" + analysisId : key;
    }

    /** The content hash the service dedupes by ({@code sha256:} and the hex of the text's UTF-8 bytes). */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
