namespace Assistant.Search.Indexing;

/// <summary>The fields of a passage in the index.</summary>
internal static class PassageFields
{
    /// <summary>Position of the passage in <c>KnowledgeBase.Passages</c> (stored).</summary>
    public const string Ordinal = "ordinal";

    /// <summary>The section's own heading.</summary>
    public const string Heading = "heading";

    /// <summary>The headings above the section, and the document title.</summary>
    public const string Context = "context";

    /// <summary>The passage text.</summary>
    public const string Body = "body";

    /// <summary>Words users type for what the passage's section covers (<see cref="SectionTerms"/>).</summary>
    public const string Terms = "terms";

    /// <summary>Canonical keys of the legal references in the passage (not analysed).</summary>
    public const string References = "refs";

    /// <summary>The words of heading, body and section terms as written (lowercased, not stemmed), for spelling correction.</summary>
    public const string Surface = "surface";

    public static readonly string[] Text = [Heading, Context, Body, Terms];
}
