package org.hub.api.common.markdown;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * {@code @username} in prose: turned into a link to the person's profile when rendering, and
 * collected so that the people named can be told. Code spans and blocks are not prose (their text
 * is not a {@link Text} node), and neither is the text of a link someone wrote themselves.
 *
 * <p>Whether the name belongs to anyone is not checked here: a link to a profile that does not
 * exist is a 404 page, and the notifier looks the names up.
 */
final class Mentions {
    /** A username (UserService.USERNAME) after "@" that does not follow a word character or an address. */
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([a-z0-9][a-z0-9._-]{2,39})");

    private Mentions() {}

    /** Replaces each mention in the tree's prose by a link to /users/{username}. */
    static Node link(Node document) {
        document.accept(new ProseVisitor() {
            @Override
            void prose(Text text) {
                String literal = text.getLiteral();
                Matcher m = MENTION.matcher(literal);
                int from = 0;
                Node last = text;
                boolean found = false;
                while (m.find()) {
                    String name = username(m);
                    int end = m.start(1) + name.length();
                    found = true;
                    if (m.start() > from) {
                        last = insertAfter(last, new Text(literal.substring(from, m.start())));
                    }
                    Link link = new Link("/users/" + name, null);
                    link.appendChild(new Text("@" + name));
                    last = insertAfter(last, link);
                    from = end;
                }
                if (!found) {
                    return;
                }
                if (from < literal.length()) {
                    insertAfter(last, new Text(literal.substring(from)));
                }
                text.unlink();
            }
        });
        return document;
    }

    /** The usernames mentioned in the tree's prose, in order of first mention. */
    static Set<String> collect(Node document) {
        Set<String> names = new LinkedHashSet<>();
        document.accept(new ProseVisitor() {
            @Override
            void prose(Text text) {
                Matcher m = MENTION.matcher(text.getLiteral());
                while (m.find()) {
                    names.add(username(m));
                }
            }
        });
        return names;
    }

    /** The name without a sentence's closing full stop: "thanks @sam." mentions sam. */
    private static String username(Matcher m) {
        String name = m.group(1);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    /** Visits the text nodes outside links; the visitor may replace the node it is given. */
    private abstract static class ProseVisitor extends AbstractVisitor {
        abstract void prose(Text text);

        @Override
        public void visit(Link link) {
            // a link's own words are not mentions
        }

        @Override
        public void visit(Text text) {
            prose(text);
        }

        @Override
        protected void visitChildren(Node parent) {
            // Read the next sibling before visiting: prose() may unlink the node it is given.
            Node node = parent.getFirstChild();
            while (node != null) {
                Node next = node.getNext();
                node.accept(this);
                node = next;
            }
        }
    }
}
