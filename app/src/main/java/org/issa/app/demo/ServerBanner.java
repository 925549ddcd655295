package org.issa.app.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where it is, and in demo mode how to sign in. */
@Component
public class ServerBanner {

    private final DemoData demo;
    private final boolean demoMode;

    public ServerBanner(DemoData demo, @Value("${issa.demo:false}") boolean demoMode) {
        this.demo = demo;
        this.demoMode = demoMode;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        StringBuilder b = new StringBuilder("\nISSA is running at http://localhost:" + port + "/\n");
        if (demoMode) {
            b.append("Demo accounts (demo only; also in the data folder's demo-credentials.txt):\n");
            for (DemoData.DemoAccount a : demo.accounts()) {
                b.append(String.format("  %-10s  %-10s  %s   %s, %s, cleared %s%n", a.role(), a.username(), a.password(),
                        a.agency(), a.state(), a.clearance()));
            }
        }
        b.append("API documentation: http://localhost:").append(port).append("/swagger-ui.html · health: /actuator/health\n");
        System.out.println(b);
    }
}
