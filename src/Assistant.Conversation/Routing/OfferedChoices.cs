using Assistant.Conversation.Replies;
using Assistant.Interviews.Walking;

namespace Assistant.Conversation.Routing;

/// <summary>
/// Reads typed text as one of the choices the assistant last offered, so that typing a button's
/// words ("vis sjekkliste", "Gi opplysninger til politiet") does what clicking it does. The reading
/// is the interviews' own (<see cref="AnswerMatcher"/>: case, diacritics, a part of the words,
/// small typos), with two limits that keep free questions free.
/// </summary>
internal static class OfferedChoices
{
    /// <summary>The offered choice <paramref name="text"/> names, or null.</summary>
    public static ReplyChoice? Match(IReadOnlyList<ReplyChoice> offered, string text)
    {
        ArgumentNullException.ThrowIfNull(offered);
        ArgumentNullException.ThrowIfNull(text);

        // An example question is posted as its own words, so typing it already asks it; matching it
        // forgivingly would replace the user's own question with the example's.
        var candidates = offered.Where(c => !FreeText.LooksLikeQuestion(c.Title)).ToArray();

        // Numbers pick by the position shown, which the engine has already applied to all choices.
        var typed = TextFolding.Fold(text);
        if (candidates.Length == 0 || typed.Length == 0 || typed.All(char.IsAsciiDigit))
        {
            return null;
        }

        // A text that reads as a question is one, even when it mentions a button's words; only the
        // button's exact words (as the folding reads them) still count as the click.
        if (FreeText.LooksLikeQuestion(text))
        {
            var exact = candidates.Where(c => TextFolding.Fold(c.Title) == typed).ToArray();
            return exact.Length == 1 ? exact[0] : null;
        }

        return AnswerMatcher.Match(candidates.Select(c => c.Title).ToArray(), text) is { } index ? candidates[index] : null;
    }
}
