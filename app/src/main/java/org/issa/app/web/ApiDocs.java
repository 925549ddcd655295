package org.issa.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's frame: what the API is, and that it takes bearer tokens (paste one under "Authorize"). */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    @Bean
    OpenAPI issaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ISSA API").version("v1")
                        .description("Internal Security Strategy in Action. Authenticate with a personal API token (create one under "
                                + "'My tokens') or an OIDC access token. Errors are RFC 9457 problem documents whose 'field' names "
                                + "the input at fault; lists are paged with 'nextCursor'.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("an ISSA API token (issa_…) or an OIDC JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
