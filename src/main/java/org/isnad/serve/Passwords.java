package org.isnad.serve;

import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.security.UserStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A password file ("user: password" a line, as Jetty's realm files; '#' starts a comment) read once
 * at start. Jetty's own loader rescans the file every second on a thread that outlives the server.
 */
final class Passwords {
    private Passwords() {
    }

    static UserStore read(Path file) {
        UserStore users = new UserStore();
        int n = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                int colon = l.indexOf(':');
                if (l.isEmpty() || l.startsWith("#") || colon < 1) {
                    continue;
                }
                String password = l.substring(colon + 1).strip();
                int roles = password.indexOf(',');
                JettySecurityLib.addUser(users, l.substring(0, colon).strip(), roles < 0 ? password : password.substring(0, roles).strip());
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
        if (n == 0) {
            throw new IllegalArgumentException("password file " + file + " has no 'user: password' line");
        }
        return users;
    }
}
