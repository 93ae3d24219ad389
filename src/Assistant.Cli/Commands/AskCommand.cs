using System.CommandLine;
using Assistant.Cli.Output;
using Assistant.Search;

namespace Assistant.Cli.Commands;

/// <summary><c>ask "&lt;question&gt;" [--top N] [--json]</c>: the best passages for a free question.</summary>
internal static class AskCommand
{
    public static Command Create(CliRuntime runtime, TextWriter output)
    {
        var question = new Argument<string>("question") { Description = "Spørsmålet, i anførselstegn." };
        var top = new Option<int?>("--top") { Description = "Hvor mange avsnitt som vises (1–50)." };
        var json = new Option<bool>("--json") { Description = "Skriv svaret som JSON." };
        var explain = new Option<bool>("--explain") { Description = "Vis hvordan spørsmålet ble tolket (for vedlikehold av ordlistene)." };
        var command = new Command("ask", "Svar på et fritt spørsmål med de beste avsnittene fra kildene.") { question, top, json, explain };
        command.SetAction(parse =>
        {
            if (parse.GetValue(explain) && runtime.Search is ISearchDiagnostics diagnostics)
            {
                output.WriteLine(diagnostics.Explain(parse.GetValue(question) ?? ""));
            }

            var result = runtime.Search.Search(parse.GetValue(question) ?? "", parse.GetValue(top));
            output.Write(parse.GetValue(json)
                ? JsonAnswer.From(result).ToJson() + Environment.NewLine
                : AnswerText.Format(result, runtime.SearchOptions.MaxQuestionLength));
            return result.Outcome == SearchOutcome.Answered ? ExitCodes.Success : ExitCodes.NotCovered;
        });
        return command;
    }
}
