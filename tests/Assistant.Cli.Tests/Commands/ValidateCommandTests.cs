namespace Assistant.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_RepositoryKnowledge_IsFaithfulAndExitsZero()
    {
        var (exitCode, output, _) = CliRun.Run("validate");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("psykisk-helse:", output, StringComparison.Ordinal);
        Assert.Contains("0 sentences not in the original, 0 original lines missing", output, StringComparison.Ordinal);
    }
}
