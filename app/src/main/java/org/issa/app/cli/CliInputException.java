package org.issa.app.cli;

/** Bad input to a command: the message names the problem; the command exits with 2. */
final class CliInputException extends RuntimeException {

    CliInputException(String message) {
        super(message);
    }
}
