namespace Assistant.Search;

/// <summary>What became of a question.</summary>
public enum SearchOutcome
{
    /// <summary>Passages were found that answer it.</summary>
    Answered,

    /// <summary>The sources do not cover it: nothing relevant enough was found, or it asks for an amount no passage found states.</summary>
    NotCovered,

    /// <summary>The question had no searchable words.</summary>
    Empty,

    /// <summary>The question was longer than <see cref="SearchOptions.MaxQuestionLength"/>.</summary>
    TooLong,
}
