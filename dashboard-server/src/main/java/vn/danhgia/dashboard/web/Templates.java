package vn.danhgia.dashboard.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * The pages' templates (src/main/jte), compiled to Java classes at build time by jte's Maven plugin: no
 * template source is read or compiled while the server runs. Output is HTML-escaped by context.
 */
public final class Templates implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String render(String template, Map<String, ?> model, Context context) {
        return render(template, model);
    }

    public String render(String template, Map<String, ?> model) {
        StringOutput output = new StringOutput(8192);
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) model;
        engine.render(template, parameters, output);
        return output.toString();
    }
}
