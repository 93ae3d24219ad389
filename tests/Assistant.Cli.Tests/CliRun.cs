using Assistant.TestSupport;
using Microsoft.Extensions.Configuration;

namespace Assistant.Cli.Tests;

/// <summary>Runs the command line in process and captures what it prints.</summary>
internal static class CliRun
{
    private static readonly CliRuntime Shared = Create(new Dictionary<string, string?>());

    public static CliRuntime Create(Dictionary<string, string?> settings, string? workingDirectory = null) => new(
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
        workingDirectory ?? RepositoryKnowledge.Root);

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(Shared, args);

    public static (int ExitCode, string Output, string Error) Run(CliRuntime runtime, params string[] args) => RunWithInput(runtime, "", args);

    public static (int ExitCode, string Output, string Error) RunWithInput(string input, params string[] args) => RunWithInput(Shared, input, args);

    private static (int ExitCode, string Output, string Error) RunWithInput(CliRuntime runtime, string input, string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, runtime, reader, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
