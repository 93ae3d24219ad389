namespace Assistant.Search.Querying;

/// <summary>An analysed word of a question and how much a match on it counts.</summary>
internal sealed record QueryTerm(string Text, float Weight);
