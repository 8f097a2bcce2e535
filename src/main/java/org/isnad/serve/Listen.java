package org.isnad.serve;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the server listens: exactly the address given (Fuseki's builder knows only "loopback" or
 * "every interface"), and the URL that reaches it (an IPv6 address in brackets).
 */
public final class Listen {
    private Listen() {
    }

    /** The address a host name or literal stands for; an unknown host is the user's mistake. */
    public static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + ": not an address of this machine or a known name");
        }
    }

    public static boolean isLoopback(String host) {
        return address(host).isLoopbackAddress();
    }

    /** Makes every connector of a built, not yet started, server listen on {@code host} only. */
    static void bindExactly(Server jetty, String host) {
        String literal = address(host).getHostAddress();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(literal);
            }
        }
    }

    /** "http://host:port" with an IPv6 literal bracketed. */
    public static String url(String host, int port) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port;
    }
}
