namespace Assistant.Conversation.Privacy;

/// <summary>A message with its personal data replaced, and what kinds were found.</summary>
/// <param name="Text">The message with every finding replaced by a placeholder such as <c>[fødselsnummer]</c>.</param>
/// <param name="Found">The kinds found, each once, in the order of first appearance.</param>
public sealed record ScreenedText(string Text, IReadOnlyList<PersonalDataKind> Found)
{
    public bool HadPersonalData => Found.Count > 0;
}
