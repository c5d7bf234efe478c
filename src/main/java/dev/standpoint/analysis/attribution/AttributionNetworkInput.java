package dev.standpoint.analysis.attribution;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.standpoint.analysis.text.MiniLmTokenizer;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;

import java.util.Arrays;
import java.util.Map;

/**
 * What the {@link AttributionNetwork} reads for one sentence: {@code [CLS] pieces of each token [SEP]}, as
 * WordPiece ids of all-MiniLM-L6-v2, with the first piece of each token of the segmentation. The network's
 * training data is written by this very class (src/train), so training and serving read the same ids.
 */
public final class AttributionNetworkInput {

    /** The longest sentence the network reads, in WordPieces with [CLS] and [SEP]; later tokens get no score. */
    public static final int MAX_PIECES = 128;

    /** A sentence as the network reads it: WordPiece ids, and the first piece of each token (-1: cut off). */
    public record Encoded(long[] ids, int[] firstPiece) {
    }

    private final HuggingFaceTokenizer tokenizer = MiniLmTokenizer.open(Map.of("padding", "false", "truncation", "false"));
    private final long cls = tokenizer.encode("[CLS]", false, false).getIds()[0];
    private final long sep = tokenizer.encode("[SEP]", false, false).getIds()[0];

    /** [CLS], each token's pieces while they fit, [SEP]. */
    public Encoded encode(Segmentation s, Sentence sentence) {
        int n = sentence.toToken() - sentence.fromToken();
        long[] ids = new long[MAX_PIECES];
        int[] first = new int[n];
        Arrays.fill(first, -1);
        int length = 0;
        ids[length++] = cls;
        for (int t = 0; t < n; t++) {
            long[] pieces = tokenizer.encode(s.token(sentence.fromToken() + t).text(), false, false).getIds();
            if (pieces.length == 0) {
                continue; // a character the tokenizer drops (a control or a lone combining mark)
            }
            if (length + pieces.length > MAX_PIECES - 1) {
                break;
            }
            first[t] = length;
            System.arraycopy(pieces, 0, ids, length, pieces.length);
            length += pieces.length;
        }
        ids[length++] = sep;
        return new Encoded(Arrays.copyOf(ids, length), first);
    }
}
