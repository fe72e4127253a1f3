package org.hub.api.common.markdown;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hub.search.Html;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns user-written Markdown into HTML that is safe to embed in a page, and into plain text for
 * search indexing and summaries.
 *
 * <p>Rendering is two independent stages, and the second one is the security boundary:
 *
 * <ol>
 *   <li>commonmark-java (GFM tables, autolinks) renders Markdown with raw HTML escaped, so a user's
 *       {@code <script>} shows as text, and with link schemes limited to http, https and mailto;
 *   <li>the OWASP java-html-sanitizer then keeps only an allow-list of elements and attributes,
 *       checks every {@code href} again and adds {@code rel="nofollow noopener"} to every link.
 * </ol>
 *
 * The sanitizer does not trust the first stage: a bug or an unsafe extension in the Markdown
 * renderer must not be enough to put script on a page.
 *
 * <p>Instances are immutable and thread-safe (commonmark's {@link Parser} and {@link
 * HtmlRenderer} and the sanitizer's {@link PolicyFactory} all are); build one and share it.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private static final List<String> URL_PROTOCOLS = List.of("http", "https", "mailto");

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private static final String ELLIPSIS = "\u2026";

    private final Parser parser;
    /** The same Markdown without mention links, so that mentions can be read from its text. */
    private final Parser mentionParser;

    private final HtmlRenderer htmlRenderer;
    private final PolicyFactory policy;

    public MarkdownRenderer() {
        this.parser = Parser.builder()
                .extensions(EXTENSIONS)
                .postProcessor(MarkdownRenderer::shiftHeadings)
                .postProcessor(Mentions::link)
                .build();
        this.mentionParser = Parser.builder().extensions(EXTENSIONS).build();
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                // commonmark's default list also admits data: URLs; the sanitizer would drop them,
                // but each stage should be safe on its own.
                .urlSanitizer(new DefaultUrlSanitizer(URL_PROTOCOLS))
                .percentEncodeUrls(true)
                .nodeRendererFactory(ImageAsLinkRenderer::new)
                .build();
        this.policy = sanitizerPolicy();
    }

    /**
     * Renders Markdown to sanitised HTML, ready to be embedded in a page as it is.
     *
     * <p>Headings are shifted one level down ({@code #} becomes {@code <h2>}) because the page
     * already has its own {@code <h1>}, the thread or guidance title. Images are rendered as links
     * to the image (see {@link ImageAsLinkRenderer} for why).
     */
    public String toHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String unsanitised;
        try {
            unsanitised = htmlRenderer.render(parser.parse(markdown));
        } catch (StackOverflowError tooDeep) {
            unsanitised = escapedSource(markdown);
        }
        return policy.sanitize(unsanitised);
    }

    /**
     * Returns the text a reader sees, without any markup: one line per block, link and image URLs
     * left out (an autolink's text is its URL, so it stays). Raw HTML in the Markdown is kept as
     * the literal text it is shown as. The result is plain text, not HTML: escape it before putting
     * it on a page.
     */
    public String toPlainText(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        try {
            return PlainTextCollector.collect(parser.parse(markdown));
        } catch (StackOverflowError tooDeep) {
            return markdown.strip();
        }
    }

    /**
     * The usernames {@code @mentioned} in the Markdown's prose (not in code or link text), in
     * order of first mention; {@link #toHtml} links each to its profile, /users/{username}.
     */
    public Set<String> mentions(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        try {
            return Mentions.collect(mentionParser.parse(markdown));
        } catch (StackOverflowError tooDeep) {
            return Set.of();
        }
    }

    /**
     * Returns at most {@code maxChars} characters of the plain text on one line, cut at a word
     * boundary where that does not waste more than half of the room, and ending in "…" when
     * anything was cut. Like {@link #toPlainText}, the result is plain text, not HTML.
     */
    public String excerpt(String markdown, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        String text =
                WHITESPACE_RUN.matcher(toPlainText(markdown)).replaceAll(" ").strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair into a lone, unprintable half
        }
        int lastSpace = text.lastIndexOf(' ', end);
        if (lastSpace > maxChars / 2) {
            end = lastSpace;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * The Markdown source as escaped text, for input nested too deeply to render.
     *
     * <p>commonmark's parser, its autolink step and its renderer all recurse once per nesting
     * level, so a few kilobytes of {@code "- - - - …"} or {@code ">>>>…"} overflow a request
     * thread's stack. Catching that overflow is safe here: everything it unwinds through is local to
     * the one call, and the shared parser, renderer and policy hold no state. A count of nesting
     * before parsing would have to re-implement Markdown's block rules to be right, and the depth
     * that overflows depends on the thread's stack size anyway. Showing the source keeps the post
     * readable instead of failing every request for the page it is on.
     */
    private static String escapedSource(String markdown) {
        return "<p>" + Html.escape(markdown).replace("\n", "<br />\n") + "</p>";
    }

    /**
     * The allow-list. Everything the Markdown renderer can produce for our extensions is here, and
     * nothing else: no images (see {@link ImageAsLinkRenderer}), no style, no id or name (they could
     * clobber the page's own ids and DOM globals), no target.
     */
    private static PolicyFactory sanitizerPolicy() {
        return new HtmlPolicyBuilder()
                .allowElements(
                        "p",
                        "br",
                        "hr",
                        "em",
                        "strong",
                        "del",
                        "code",
                        "pre",
                        "blockquote",
                        "ul",
                        "ol",
                        "li",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "a")
                .allowAttributes("align")
                .matching(true, "left", "center", "right")
                .onElements("th", "td")
                .allowAttributes("start")
                .matching(Pattern.compile("[0-9]{1,9}"))
                .onElements("ol")
                // Fenced code blocks carry their language for client-side highlighting; the pattern keeps
                // the class to one harmless token, so it cannot pull in the page's other CSS classes.
                .allowAttributes("class")
                .matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,32}"))
                .onElements("code")
                // Relative URLs (no scheme) stay allowed: links between threads are the point of a hub.
                // A blank href is what commonmark leaves of a rejected URL; dropping it leaves an <a>
                // without attributes, which the sanitizer removes, so the label shows as plain text.
                .allowAttributes("href")
                .matching((element, attribute, value) -> value.isBlank() ? null : value)
                .onElements("a")
                .allowAttributes("title")
                .onElements("a")
                .allowUrlProtocols(URL_PROTOCOLS.toArray(String[]::new))
                .requireRelsOnLinks("nofollow", "noopener")
                .toFactory();
    }

    /** Shifts every heading one level down, keeping h6 as the floor. */
    private static Node shiftHeadings(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        return document;
    }
}
