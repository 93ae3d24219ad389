using System.Globalization;
using System.Text;
using Assistant.Search;

namespace Assistant.Cli.Output;

/// <summary>The human answer to <c>ask</c>, in bokmål.</summary>
internal static class AnswerText
{
    public static string Format(SearchResult result, int maxQuestionLength)
    {
        var text = new StringBuilder();
        switch (result.Outcome)
        {
            case SearchOutcome.Answered:
                text.AppendLine(result.Hits.Count == 1
                    ? "Dette er avsnittet i kildene som best svarer på spørsmålet:"
                    : $"Dette er de {result.Hits.Count} avsnittene i kildene som best svarer på spørsmålet:");
                foreach (var hit in result.Hits)
                {
                    text.AppendLine()
                        .AppendLine(CultureInfo.InvariantCulture, $"{hit.Rank}. {hit.Passage.Citation}")
                        .AppendLine(CultureInfo.InvariantCulture, $"   [{hit.Passage.Id}]")
                        .AppendLine(Indent(hit.Passage.Text));
                }

                text.AppendLine()
                    .AppendLine("Sitatene er ordrett fra kildene. Vurderingen i den konkrete saken er din egen; spør nærmeste leder eller juridisk rådgiver ved tvil.");
                break;
            case SearchOutcome.TooLong:
                text.AppendLine(CultureInfo.InvariantCulture, $"Spørsmålet er for langt ({maxQuestionLength} tegn er grensen). Skriv det kortere, gjerne med de viktigste ordene.");
                break;
            case SearchOutcome.Empty:
                text.AppendLine("Jeg fant ingen ord å søke etter i spørsmålet. Skriv gjerne en hel setning, for eksempel «kan jeg gi opplysninger til politiet uten samtykke?».");
                AppendTopics(text, result);
                break;
            default:
                text.AppendLine("Dette dekker ikke kildene jeg bygger på, så jeg kan ikke svare på det.");
                AppendTopics(text, result);
                break;
        }

        return text.ToString();
    }

    private static void AppendTopics(StringBuilder text, SearchResult result)
    {
        if (result.SuggestedTopics.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Jeg kan svare på spørsmål om:");
        foreach (var topic in result.SuggestedTopics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {topic}");
        }
    }

    private static string Indent(string passage) =>
        string.Join(Environment.NewLine, passage.Split('\n').Select(line => "   " + line));
}
