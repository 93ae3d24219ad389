namespace Assistant.Knowledge.Validation;

/// <summary>The result of comparing a cleaned source with its raw file.</summary>
/// <param name="NotInRaw">Sentences of the cleaned text that the raw file does not contain.</param>
/// <param name="MissingFromCleaned">Lines of the raw file (not declared noise) that the cleaned text lacks.</param>
public sealed record FidelityReport(IReadOnlyList<string> NotInRaw, IReadOnlyList<string> MissingFromCleaned)
{
    public bool IsFaithful => NotInRaw.Count == 0 && MissingFromCleaned.Count == 0;
}
