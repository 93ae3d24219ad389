using Assistant.Knowledge.Model;

namespace Assistant.Search.Evaluation;

/// <summary>A question as users type it, with every section accepted as its answer (none: not covered).</summary>
public sealed record GoldQuestion(string Question, IReadOnlyList<SectionRef> Answers)
{
    public bool IsAnswerable => Answers.Count > 0;
}
