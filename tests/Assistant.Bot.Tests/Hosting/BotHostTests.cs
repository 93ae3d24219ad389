using Assistant.Bot.Hosting;

namespace Assistant.Bot.Tests.Hosting;

public sealed class BotHostTests : IDisposable
{
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("bot-content-root-");

    [Fact]
    public async Task Build_ContentRootIsAnotherFolder_ReadsTheRepositorySettingsBesideTheProgram()
    {
        // dotnet run starts the bot in its project folder, not where the program and its copy of the
        // repository's appsettings.json are; the settings must be read all the same.
        await using var app = BotHost.Build(["--contentRoot", _elsewhere.FullName, "--urls", "http://127.0.0.1:0"]);

        Assert.Equal("Warning", app.Configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
    }

    public void Dispose() => _elsewhere.Delete(recursive: true);
}
