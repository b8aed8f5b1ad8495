package app.stride.export;

import app.stride.common.Coded;
import app.stride.plan.adapt.AdaptNote;
import app.stride.plan.adapt.Proposal;
import app.stride.plan.adapt.SessionChange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.util.List;

/**
 * A re-plan proposal as JSON: {@code {"missed", "proposal", "changes": [{"date", "from", "to"}], "warnings", "notes"}}.
 * {@code warnings} stays the list of codes it always was; {@code notes} has one object per note with its code and
 * named arguments, e.g. {@code {"code": "days-used-from", "days": ["SATURDAY"], "weekOf": "2027-01-04", "dayCount": 1}}.
 */
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
        final ArrayNode notes = root.putArray("notes");
        for (AdaptNote note : p.notes()) {
            final ObjectNode n = notes.addObject();
            n.put("code", note.code());
            for (int i = 0; i < note.args().size(); i++) {
                put(n, note.warning().argNames().get(i), note.args().get(i));
            }
        }
        return root;
    }

    /** An argument in its exact form: dates as ISO, days as their names ("SATURDAY"), numbers as numbers. */
    private static void put(final ObjectNode n, final String name, final Object a) {
        if (a instanceof Integer i) {
            n.put(name, i);
        } else if (a instanceof List<?> l) {
            final ArrayNode items = n.putArray(name);
            l.forEach(x -> items.add(x instanceof DayOfWeek d ? d.name() : x.toString()));
        } else {
            n.put(name, a.toString());
        }
    }
}
