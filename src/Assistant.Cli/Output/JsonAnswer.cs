using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.Search;

namespace Assistant.Cli.Output;

/// <summary>
/// The <c>ask --json</c> contract that outside checks rely on. The names are fixed:
/// <c>{"query", "hits": [{"rank", "doc", "section", "heading", "passageId", "score", "text", "snippet"}]}</c>;
/// <c>hits</c> is empty when the question is not covered.
/// </summary>
internal sealed record JsonAnswer(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("hits")] IReadOnlyList<JsonHit> Hits)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonAnswer From(SearchResult result) => new(
        result.Query,
        result.Hits.Select(h => new JsonHit(
            h.Rank,
            h.Passage.Citation.DocumentKey,
            h.Passage.Citation.Section,
            h.Passage.Citation.Heading,
            h.Passage.Id,
            MathF.Round(h.Score, 3),
            h.Passage.Text,
            h.Snippet)).ToArray());

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

/// <summary>One hit of <see cref="JsonAnswer"/>.</summary>
internal sealed record JsonHit(
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("heading")] string Heading,
    [property: JsonPropertyName("passageId")] string PassageId,
    [property: JsonPropertyName("score")] float Score,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("snippet")] string Snippet);
