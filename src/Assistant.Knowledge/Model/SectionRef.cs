namespace Assistant.Knowledge.Model;

/// <summary>A reference to a section written as <c>doc:section</c>, e.g. <c>psykisk-helse:11.3</c>.</summary>
public sealed record SectionRef(string DocumentKey, string Section)
{
    /// <summary>Parses <c>doc:section</c>; the section part may itself contain colons (heading text).</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SectionRef? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        reference = new SectionRef(text[..colon].Trim(), text[(colon + 1)..].Trim());
        return true;
    }

    /// <summary>Parses <c>doc:section</c> or throws <see cref="FormatException"/>.</summary>
    public static SectionRef Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"Not a doc:section reference: '{text}'.");

    public override string ToString() => $"{DocumentKey}:{Section}";
}
