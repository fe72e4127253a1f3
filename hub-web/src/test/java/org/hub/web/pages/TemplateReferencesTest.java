package org.hub.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheResolver;
import io.dropwizard.views.common.View;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template a page view names and every partial or layout a template includes exists where
 * Dropwizard and Mustache will look for it, and every template is used, so moving a page or a
 * template cannot break a page silently (Mustache would only fail when the page is first shown).
 */
class TemplateReferencesTest {
    private static final String ROOT = "/org/hub/web/pages";
    /** A partial {@code {{>name}}} or a layout {@code {{<name}}}. */
    private static final Pattern INCLUDE = Pattern.compile("\\{\\{\\s*([<>])\\s*([^}\\s]+)\\s*}}");
    /** A template name as it sits in a view's class file (the argument to the View constructor). */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9_/.-]*[A-Za-z0-9_]\\.mustache");

    @Test
    void everyPageViewNamesATemplateThatExistsAndCompiles() throws IOException {
        List<Class<? extends View>> views = pageViews();
        assertThat(views).as("page views found under " + ROOT).hasSizeGreaterThan(10);
        for (Class<? extends View> view : views) {
            Set<String> names = templateNames(view);
            assertThat(names).as(view.getName() + " names a template").isNotEmpty();
            for (String name : names) {
                String path = viewTemplatePath(view, name);
                assertThat(resource(path))
                        .as(view.getSimpleName() + "'s template " + path)
                        .isNotNull();
                compile(path); // fails on a missing partial or layout, as rendering would
            }
        }
    }

    @Test
    void everyPartialAndLayoutATemplateIncludesExists() throws IOException {
        List<String> templates = templates();
        assertThat(templates).as("templates found under " + ROOT).hasSizeGreaterThan(10);
        List<String> broken = new ArrayList<>();
        for (String template : templates) {
            for (String included : includes(template)) {
                if (resource(included) == null) {
                    broken.add(template + " -> " + included);
                }
            }
            compile(template);
        }
        assertThat(broken).as("included templates that do not exist").isEmpty();
    }

    @Test
    void everyTemplateIsUsedByAViewOrAnotherTemplate() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Class<? extends View> view : pageViews()) {
            templateNames(view).forEach(name -> used.add(viewTemplatePath(view, name)));
        }
        for (String template : templates()) {
            used.addAll(includes(template));
        }
        assertThat(templates())
                .as("templates nothing refers to (left behind by a move?)")
                .allMatch(used::contains);
    }

    @Test
    void partialsResolveBesideTheIncludingTemplateOrByAbsolutePath() {
        assertThat(resolve("/org/hub/web/pages/threads/thread.mustache", "/org/hub/web/pages/common/layout"))
                .isEqualTo("/org/hub/web/pages/common/layout.mustache");
        assertThat(resolve("/org/hub/web/pages/guidance/guidance.mustache", "guidance-form"))
                .isEqualTo("/org/hub/web/pages/guidance/guidance-form.mustache");
        assertThat(resource(resolve("/org/hub/web/pages/threads/thread.mustache", "error-summary")))
                .as("the error summary lives in common, not beside each page")
                .isNull();
    }

    /** Where Dropwizard's View looks for {@code name}: absolute, or in the view class's package. */
    private static String viewTemplatePath(Class<?> view, String name) {
        return name.startsWith("/") ? name : "/" + view.getPackageName().replace('.', '/') + "/" + name;
    }

    /** Where Mustache looks for a partial: absolute, or beside the including template; ".mustache" added. */
    private static String resolve(String including, String name) {
        String path = name.startsWith("/") ? name : including.substring(0, including.lastIndexOf('/') + 1) + name;
        return path.endsWith(".mustache") ? path : path + ".mustache";
    }

    private static Set<String> includes(String template) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = INCLUDE.matcher(read(template));
        while (m.find()) {
            found.add(resolve(template, m.group(2)));
        }
        return found;
    }

    /** Compiling resolves every partial and layout, the way the view renderer does on first use. */
    private static void compile(String template) {
        MustacheResolver classpath = name -> {
            InputStream in = TemplateReferencesTest.class.getResourceAsStream(name);
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        };
        new DefaultMustacheFactory(classpath).compile(template);
    }

    private static Set<String> templateNames(Class<?> view) throws IOException {
        String classFile = "/" + view.getName().replace('.', '/') + ".class";
        try (InputStream in = view.getResourceAsStream(classFile)) {
            String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Set<String> names = new LinkedHashSet<>();
            Matcher m = TEMPLATE_NAME.matcher(constants);
            while (m.find()) {
                names.add(m.group());
            }
            return names;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends View>> pageViews() throws IOException {
        List<Class<? extends View>> views = new ArrayList<>();
        Path classes = mainOutput().resolve(Pages.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = Pages.class.getPackageName() + "."
                        + classes.relativize(file)
                                .toString()
                                .replace(file.getFileSystem().getSeparator(), ".")
                                .replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (View.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    views.add((Class<? extends View>) type);
                }
            }
        }
        return views;
    }

    private static List<String> templates() throws IOException {
        Path root = mainOutput().resolve(ROOT.substring(1));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".mustache"))
                    .map(f -> ROOT + "/"
                            + root.relativize(f)
                                    .toString()
                                    .replace(f.getFileSystem().getSeparator(), "/"))
                    .sorted()
                    .toList();
        }
    }

    /** The main classes and resources (test classes share the package, so not a plain getResource). */
    private static Path mainOutput() {
        URL url = Pages.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(url.getProtocol())
                .as("classes and templates are read from a directory")
                .isEqualTo("file");
        try {
            Path path = Path.of(url.toURI());
            assertThat(path).as("main classes are a directory, not a jar").isDirectory();
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL resource(String path) {
        return TemplateReferencesTest.class.getResource(path);
    }

    private static String read(String path) {
        try (InputStream in = TemplateReferencesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TemplateReferencesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
