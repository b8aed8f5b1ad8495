package app.stride.plan.adapt;

import app.stride.common.Coded;

/** What the re-plan proposes: keep going, an easy bridge week, or the future rebuilt. */
public enum ProposalKind implements Coded {
    /** Nothing to change (one missed session, or nothing missed). */
    CARRY_ON("carry-on"),
    /** The next 7 days easy, shorter and without quality, then the plan grown back from what the runner ran. */
    BRIDGE("bridge"),
    /** The rest of the plan made again from today's fitness. */
    REBUILD("rebuild");

    private final String code;

    ProposalKind(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
