package app.stride.export;

import app.stride.common.Coded;
import app.stride.plan.adapt.Proposal;
import app.stride.plan.adapt.SessionChange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A re-plan proposal as JSON: {@code {"missed", "proposal", "changes": [{"date", "from", "to"}], "warnings"}}. */
public final class ProposalJson {

    private ProposalJson() {
    }

    /** Sessions in {@code from}/{@code to} have the plan JSON's shape; {@code null} where there is none that day. */
    public static ObjectNode toTree(final Proposal p) {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("missed", p.missed());
        root.put("proposal", p.kind().code());
        final ArrayNode changes = root.putArray("changes");
        for (SessionChange c : p.changes()) {
            final ObjectNode n = changes.addObject();
            n.put("date", c.date().toString());
            c.from().ifPresentOrElse(s -> n.set("from", PlanJson.session(s)), () -> n.putNull("from"));
            c.to().ifPresentOrElse(s -> n.set("to", PlanJson.session(s)), () -> n.putNull("to"));
        }
        final ArrayNode warnings = root.putArray("warnings");
        p.warnings().stream().map(Coded::code).forEach(warnings::add);
        return root;
    }
}
