namespace Assistant.Storage.Tests.Support;

/// <summary>The smallest conversation state that shows a lost update: every update adds one.</summary>
public sealed record Counter(int Count)
{
    public static Counter Increment(Counter? current) => new((current?.Count ?? 0) + 1);
}
