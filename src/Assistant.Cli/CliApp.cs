using System.CommandLine;
using Assistant.Cli.Commands;
using Assistant.Knowledge.Loading;

namespace Assistant.Cli;

/// <summary>The command line: parsing, the commands, and the one error boundary around them.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliRuntime runtime, TextReader input, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Veileder om taushetsplikt og samarbeid mellom helsetjenesten og politiet.")
        {
            AskCommand.Create(runtime, output),
            EvalCommand.Create(runtime, output),
            ValidateCommand.Create(runtime, output),
            TeamsPackageCommand.Create(runtime, output),
            ChatCommand.Create(runtime, input, output),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Se «assistant --help».");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is KnowledgeException or DirectoryNotFoundException or IOException)
        {
            error.WriteLine($"Kunnskapsgrunnlaget kunne ikke lastes: {e.Message}");
            return ExitCodes.BadContent;
        }
    }
}
