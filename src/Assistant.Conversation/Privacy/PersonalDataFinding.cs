namespace Assistant.Conversation.Privacy;

/// <summary>Where personal data was found in a message (the data itself is not kept).</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, int Start, int Length);
