package org.issa.app.screening;

import java.util.List;

/** A candidate as the API returns it and a batch stores it: list, entry, score and the explanation's features. */
public record CandidateView(String list, String listName, int listVersion, String entryId, String name, double score,
                            String summary, List<FeatureView> features) {

    /** One feature of an explanation. */
    public record FeatureView(String name, String evidence, double score, double contribution) {
    }

    public static CandidateView of(Candidate c) {
        return new CandidateView(c.listId(), c.listName(), c.listVersion(), c.entryId(), c.entryName(), c.score(),
                c.explanation().summary(), c.explanation().features().stream()
                .map(f -> new FeatureView(f.name(), f.evidence(), f.score(), f.contribution())).toList());
    }
}
