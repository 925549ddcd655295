package org.issa.app.cli;

import picocli.CommandLine.Option;

/**
 * The PostgreSQL options of a benchmark that also runs on PostgreSQL (a picocli mixin): the URL, the user, and the name
 * of the environment variable holding the password (never the password itself on the command line).
 */
final class BenchPostgres {

    @Option(names = "--postgres-url", description = "Also run on this PostgreSQL (a fresh schema is made and dropped).")
    String url;

    @Option(names = "--postgres-user", defaultValue = "", description = "PostgreSQL user.")
    String user;

    @Option(names = "--postgres-password-env", description = "Name of the environment variable that holds the PostgreSQL password.")
    String passwordEnv;

    /** The password from the named environment variable, "" when none is named; a {@link CliInputException} when it is not set. */
    String password() {
        if (passwordEnv == null) {
            return "";
        }
        String password = System.getenv(passwordEnv);
        if (password == null) {
            throw new CliInputException("the environment variable " + passwordEnv + " is not set");
        }
        return password;
    }
}
