package dev.standpoint.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Rejects a JSON or plain-text body that is not valid UTF-8 with a 400 naming the byte offset, instead of
 * letting the decoder turn bad bytes into U+FFFD and every later offset into a lie. Bodies that declare
 * another charset are left to the framework. (The body is already bounded by max-body-size.)
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class Utf8BodyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !context.hasEntity() || !isText(type)) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            return;
        }
        byte[] body = context.getEntityStream().readAllBytes();
        context.setEntityStream(new ByteArrayInputStream(body));
        String problem = firstMalformed(body);
        if (problem != null) {
            context.abortWith(Problems.response(Problems.invalidEncoding(problem,
                    context.getUriInfo().getRequestUri().getRawPath())));
        }
    }

    private static boolean isText(MediaType type) {
        return type.getType().equalsIgnoreCase("text") || type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase().endsWith("+json");
    }

    /** Null for valid UTF-8; else where and what the first bad sequence is. */
    static String firstMalformed(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return null;
        }
        int at = in.position();
        StringBuilder bytes = new StringBuilder();
        for (int i = at; i < Math.min(body.length, at + result.length()); i++) {
            bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("0x%02X", body[i] & 0xFF));
        }
        return "body is not valid UTF-8: byte offset " + at + " starts an invalid sequence (" + bytes + ")";
    }
}
