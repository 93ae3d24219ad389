using Lucene.Net.Util;

namespace Assistant.Search;

/// <summary>The Lucene version every component is pinned to, in one place.</summary>
internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
