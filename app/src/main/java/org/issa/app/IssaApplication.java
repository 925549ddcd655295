package org.issa.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring Boot application; started by {@code issa serve} and {@code issa demo}. Scheduling is on
 * for the whole program: retention rules and other periodic jobs are {@code @Scheduled} beans.
 */
@SpringBootApplication
@EnableScheduling
public class IssaApplication {
}
