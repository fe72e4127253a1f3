package org.hub.api.common.markdown;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Collects the visible text of a Markdown tree: one line per block, words kept apart across
 * table cells and line breaks. commonmark's own TextContentRenderer is not used because it writes
 * link URLs and list markers into the text, which would pollute the search index and summaries.
 */
final class PlainTextCollector extends AbstractVisitor {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\p{Zs}\\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ ]*\\n)+");

    private final StringBuilder text = new StringBuilder();

    private PlainTextCollector() {}

    /** The text of {@code node} and everything under it, without markup. */
    static String collect(Node node) {
        PlainTextCollector collector = new PlainTextCollector();
        collector.visitChildren(node);
        String spaced = HORIZONTAL_SPACE.matcher(collector.text).replaceAll(" ");
        String lines = BLANK_LINES.matcher(spaced).replaceAll("\n");
        return lines.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(HtmlInline node) {
        // Rendered escaped, so the reader sees the literal markup as text.
        text.append(node.getLiteral());
    }

    @Override
    public void visit(HtmlBlock node) {
        block(node.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock node) {
        block(node.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock node) {
        block(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    protected void visitChildren(Node parent) {
        boolean ownLine = parent instanceof Block || parent instanceof TableRow;
        if (ownLine) {
            text.append('\n');
        } else if (parent instanceof TableCell) {
            text.append(' ');
        }
        super.visitChildren(parent);
        if (ownLine) {
            text.append('\n');
        }
    }

    private void block(String literal) {
        text.append('\n').append(literal).append('\n');
    }
}
