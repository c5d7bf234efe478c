package dev.standpoint.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The load tools only ever talk to this machine: any URL whose host is not loopback is refused. */
final class Loopback {

    private Loopback() {
    }

    static URI require(String url) {
        URI uri = URI.create(url);
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException("refusing non-loopback target " + url);
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + url, e);
        }
        return uri;
    }
}
