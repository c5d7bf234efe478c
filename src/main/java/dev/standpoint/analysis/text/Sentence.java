package dev.standpoint.analysis.text;

/**
 * One sentence: the tokens [fromToken, toToken) of its {@link Segmentation}.
 *
 * @param index the sentence's position in the text, from 0
 */
public record Sentence(int index, int fromToken, int toToken) {
    public Sentence {
        if (index < 0 || fromToken < 0 || toToken < fromToken) {
            throw new IllegalArgumentException("invalid sentence " + index + " [" + fromToken + ", " + toToken + ")");
        }
    }

    public boolean containsToken(int token) {
        return fromToken <= token && token < toToken;
    }
}
