package org.issa.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders the jte templates under {@code src/main/jte}, compiled to Java at build time: no
 * compiler at run time, and a template error is a build error.
 */
@Configuration(proxyBeanMethods = false)
public class JteViews {

    @Bean
    TemplateEngine templateEngine() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    ViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }

    static final class JteViewResolver implements ViewResolver, Ordered {
        private final TemplateEngine engine;

        JteViewResolver(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public View resolveViewName(String viewName, Locale locale) {
            if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
                return null;
            }
            String template = viewName + ".jte";
            return new View() {
                @Override
                public String getContentType() {
                    return "text/html;charset=UTF-8";
                }

                @Override
                public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                        throws Exception {
                    Map<String, Object> params = new HashMap<>();
                    params.put("page", model.get("page"));
                    params.put("view", model.get("view"));
                    Utf8ByteOutput out = new Utf8ByteOutput();
                    engine.render(template, params, out);
                    response.setContentType(getContentType());
                    response.setContentLength(out.getContentLength());
                    out.writeTo(response.getOutputStream());
                }
            };
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }
}
