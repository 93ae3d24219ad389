namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// Values of <see cref="Activity.InputHint"/>. The SDK's <c>…Input</c> forms, which channels use,
/// not the bare words of the spec text.
/// </summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string IgnoringInput = "ignoringInput";
    public const string ExpectingInput = "expectingInput";
}
