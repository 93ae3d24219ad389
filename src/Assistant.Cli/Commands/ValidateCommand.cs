using System.CommandLine;
using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Validation;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>validate</c>: loads the knowledge and checks every cleaned source against its raw file; the
/// search's word lists and the interview trees are loaded and validated too, and a broken tree
/// fails with every problem listed.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliRuntime runtime, TextWriter output)
    {
        var command = new Command("validate", "Kontroller kunnskapsgrunnlaget: struktur, ordlyd mot originalene og ordlisten.");
        command.SetAction(parse =>
        {
            var knowledge = runtime.Knowledge;
            var faithful = true;
            foreach (var document in knowledge.Documents)
            {
                var cleaned = File.ReadAllText(Path.Combine(runtime.KnowledgeRoot.Value, KnowledgeLayout.SourcesFolder, document.Key + ".md"));
                var raw = File.ReadAllText(Path.Combine(runtime.KnowledgeRoot.Value, KnowledgeLayout.RawFolder, document.SourceFile));
                var report = SourceFidelity.Check(cleaned, raw);
                faithful &= report.IsFaithful;
                output.WriteLine($"{document.Key}: {document.Sections.Count} sections, {document.Sections.Sum(s => s.Passages.Count)} passages, "
                    + $"{report.NotInRaw.Count} sentences not in the original, {report.MissingFromCleaned.Count} original lines missing");
                foreach (var sentence in report.NotInRaw.Concat(report.MissingFromCleaned))
                {
                    output.WriteLine($"  - {sentence}");
                }
            }

            output.WriteLine($"glossary: {knowledge.Glossary.Entries.Count} entries");
            // Building the search reads the word lists and section terms, which a bad edit can break too.
            _ = runtime.Search;
            output.WriteLine("search: word lists and section terms loaded, index built");
            foreach (var tree in runtime.Interviews.Trees)
            {
                output.WriteLine($"tree {tree.Id} ({tree.Version}): {tree.Nodes.Count} nodes, {tree.Outcomes.Count()} outcomes");
            }

            return faithful ? ExitCodes.Success : ExitCodes.BadContent;
        });
        return command;
    }
}
