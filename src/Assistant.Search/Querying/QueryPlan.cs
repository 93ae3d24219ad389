namespace Assistant.Search.Querying;

/// <summary>A question, analysed: its word groups and the legal references it names.</summary>
internal sealed record QueryPlan(IReadOnlyList<QueryGroup> Groups, IReadOnlyList<string> ReferenceKeys)
{
    public static QueryPlan Empty { get; } = new([], []);

    public bool IsEmpty => Groups.Count == 0 && ReferenceKeys.Count == 0;

    public IEnumerable<string> AllTerms => Groups.SelectMany(g => g.Terms).Select(t => t.Text).Concat(ReferenceKeys);
}
