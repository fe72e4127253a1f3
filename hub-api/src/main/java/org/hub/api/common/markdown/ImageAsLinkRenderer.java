package org.hub.api.common.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a Markdown image as a plain link to the image, labelled with its alt text.
 *
 * <p>Why no inline images: this is an internal hub, and an {@code <img>} pointing elsewhere is
 * fetched by every reader's browser without a click. That tells an outside server who read which
 * thread and when (with the page URL in the Referer), and an image URL pointing at an internal
 * system fires a GET with the reader's credentials for it. Nothing in Hub hosts images to make the
 * trade worth it (documents are served as downloads), so images become links the reader can choose
 * to follow, and the sanitizer allows no {@code <img>} at all.
 */
final class ImageAsLinkRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    ImageAsLinkRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String destination = image.getDestination();
        if (context.shouldSanitizeUrls()) {
            destination = context.urlSanitizer().sanitizeLinkUrl(destination);
        }
        String label = PlainTextCollector.collect(image).replace('\n', ' ').strip();
        if (label.isEmpty()) {
            label = image.getDestination();
        }

        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", context.encodeUrl(destination));
        if (image.getTitle() != null) {
            attributes.put("title", image.getTitle());
        }
        HtmlWriter html = context.getWriter();
        html.tag("a", context.extendAttributes(image, "a", attributes));
        html.text(label);
        html.tag("/a");
    }
}
