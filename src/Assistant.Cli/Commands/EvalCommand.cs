using System.CommandLine;
using System.Globalization;
using Assistant.Search.Baseline;
using Assistant.Search.Evaluation;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>eval &lt;file&gt; [--details]</c>: retrieval quality on a gold question file, for the assistant
/// and, side by side in the same run, for the stock Lucene baseline over the same passages.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliRuntime runtime, TextWriter output)
    {
        var file = new Argument<FileInfo>("file") { Description = "A gold question file, e.g. knowledge/eval/heldout.yaml." };
        var details = new Option<bool>("--details") { Description = "List every question the assistant misses." };
        var command = new Command("eval", "Mål søkekvaliteten på et sett gullspørsmål, mot en standard Lucene-grunnlinje.") { file, details };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                output.WriteLine($"Fant ikke filen {path.FullName}.");
                return ExitCodes.BadContent;
            }

            var gold = GoldSet.Load(path.FullName);
            var assistant = Evaluator.Evaluate("assistant", runtime.Search, gold);
            using var stock = new StockBaselineSearch(runtime.Knowledge);
            var baseline = Evaluator.Evaluate("baseline", stock, gold);
            Write(output, path.Name, assistant, baseline);
            if (parse.GetValue(details))
            {
                WriteMisses(output, assistant);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Write(TextWriter output, string name, EvaluationReport assistant, EvaluationReport baseline)
    {
        output.WriteLine($"{name}: {assistant.Answerable} answerable, {assistant.Unanswerable} not covered");
        output.WriteLine($"{"metric",-28} {"assistant",10} {"baseline",10}");
        Row("Recall@1", r => r.RecallAt1);
        Row("Recall@3", r => r.RecallAt3);
        Row("Recall@5", r => r.RecallAt5);
        Row("MRR@10", r => r.MrrAt10);
        Row("nDCG@10", r => r.NdcgAt10);
        Row("no-answer precision", r => r.NoAnswerPrecision);
        Row("not-covered answered (rate)", r => r.UnanswerableAnsweredRate);
        Count("not-covered answered", r => r.UnanswerableAnswered);
        Count("answerable declined", r => r.AnswerableDeclined);

        void Row(string metric, Func<EvaluationReport, double> value) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{metric,-28} {value(assistant),10:0.000} {value(baseline),10:0.000}"));

        void Count(string metric, Func<EvaluationReport, int> value) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{metric,-28} {value(assistant),10} {value(baseline),10}"));
    }

    private static void WriteMisses(TextWriter output, EvaluationReport report)
    {
        output.WriteLine();
        output.WriteLine("Misses (not in the top 3, or wrongly declined/answered):");
        foreach (var q in report.Questions)
        {
            var miss = q.Gold.IsAnswerable ? q.Declined || q.FirstRelevantRank is null or > 3 : !q.Declined;
            if (miss)
            {
                var got = q.Declined ? "declined" : string.Join(", ", q.Ranked.Take(3));
                output.WriteLine($"- {q.Gold.Question}");
                output.WriteLine($"    want [{string.Join(", ", q.Gold.Answers)}] got [{got}] rank {q.FirstRelevantRank?.ToString(CultureInfo.InvariantCulture) ?? "-"} coverage {q.Coverage.ToString("0.00", CultureInfo.InvariantCulture)}");
            }
        }
    }
}
