namespace Assistant.Search;

/// <summary>Tells a maintainer why a question got the answer it got (for tuning the word lists).</summary>
public interface ISearchDiagnostics
{
    /// <summary>The analysed word groups, their weights and rarity, and which the best passage covers.</summary>
    string Explain(string question);
}
