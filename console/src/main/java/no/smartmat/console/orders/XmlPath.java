package no.smartmat.console.orders;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The element path while a StAX reader walks a document, kept two ways: {@link #simple()} with local names
 * only ("DespatchAdvice/DespatchLine/Item/Name"), for deciding what an element means, and {@link #xpath()}
 * as the document writes it with positions ("/DespatchAdvice/cac:DespatchLine[2]/cac:Item/cbc:Name"), for
 * telling the coordinator (and the supplier) exactly where a problem is.
 */
final class XmlPath {

    /** Elements that repeat, so their position is always shown, also the first. */
    private static final Set<String> REPEATING = Set.of("DespatchLine", "OrderLine", "AdditionalItemProperty",
            "TransportHandlingUnit");

    private record Frame(String local, String xpath, String simple, Map<String, Integer> children) {}

    private final Deque<Frame> stack = new ArrayDeque<>();

    void start(String prefix, String local) {
        String qname = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
        Frame parent = stack.peek();
        if (parent == null) {
            stack.push(new Frame(local, "/" + qname, local, new HashMap<>()));
            return;
        }
        int position = parent.children().merge(qname, 1, Integer::sum);
        String step = position > 1 || REPEATING.contains(local) ? qname + "[" + position + "]" : qname;
        stack.push(new Frame(local, parent.xpath() + "/" + step, parent.simple() + "/" + local, new HashMap<>()));
    }

    void end() {
        stack.pop();
    }

    String simple() {
        return stack.isEmpty() ? "" : stack.peek().simple();
    }

    String xpath() {
        return stack.isEmpty() ? "" : stack.peek().xpath();
    }

    int depth() {
        return stack.size();
    }
}
