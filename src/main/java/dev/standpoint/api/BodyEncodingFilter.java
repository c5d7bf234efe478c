package dev.standpoint.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a JSON or plain-text body in the charset it declares (UTF-8 when it declares none) and rejects bytes
 * that are not valid in it with a 400 naming the byte offset, instead of letting the decoder turn them into
 * U+FFFD and every later offset into a lie. A body in another charset (text/plain; charset=UTF-16, ISO-8859-1)
 * is handed on as UTF-8, the one charset the readers behind it decode. An unknown charset is answered 415 by
 * RequestGate before this runs. (The body is already bounded by max-body-size.)
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyEncodingFilter implements ContainerRequestFilter {

    /** Read on first use: providers are built before the runtime configuration is there. */
    private final Instance<StandpointConfig> config;

    public BodyEncodingFilter(Instance<StandpointConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !context.hasEntity() || !isText(type)) {
            return;
        }
        String declared = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared.trim());
        int max = config.get().http().maxBodySize();
        byte[] body = context.getEntityStream().readNBytes(max + 1);
        if (body.length > max) {
            // a chunked body announces no length: it is measured here, short of the transport ceiling
            context.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problems.response(Problems.payloadTooLarge(
                    "request body exceeds the limit of " + max + " bytes (standpoint.http.max-body-size)",
                    context.getUriInfo().getRequestUri().getRawPath()))).header("Connection", "close").build());
            return;
        }
        String problem = firstMalformed(body, charset);
        if (problem != null) {
            context.setEntityStream(new ByteArrayInputStream(body));
            context.abortWith(Problems.response(Problems.invalidEncoding(problem,
                    context.getUriInfo().getRequestUri().getRawPath())));
            return;
        }
        if (!charset.equals(StandardCharsets.UTF_8)) {
            body = new String(body, charset).getBytes(StandardCharsets.UTF_8);
            context.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8").toString());
        }
        context.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isText(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") || subtype.equals("json") || subtype.endsWith("+json");
    }

    /** Null when the body is valid in `charset`; else where and what the first bad sequence is. */
    static String firstMalformed(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length * 2 + 16);
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
        return "body is not valid " + charset.name() + ": byte offset " + at + " starts an invalid sequence ("
                + bytes + ")";
    }
}
