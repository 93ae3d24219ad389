using Assistant.Knowledge.Model;

namespace Assistant.Search.Evaluation;

/// <summary>
/// How one gold question fared: the rank of its first accepted section (null: not in the top 10),
/// and the coverage the not-covered threshold was compared with.
/// </summary>
public sealed record QuestionOutcome(GoldQuestion Gold, bool Declined, int? FirstRelevantRank, IReadOnlyList<SectionRef> Ranked, float Coverage);
