package org.issa.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; started by {@code issa serve} and {@code issa demo}. */
@SpringBootApplication
public class IssaApplication {
}
