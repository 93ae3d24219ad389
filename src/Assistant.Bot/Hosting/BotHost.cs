using Assistant.Bot.Adapter;
using Assistant.Bot.Telemetry;
using Assistant.Channels.Authentication;
using Assistant.Channels.BotFramework;
using Assistant.Channels.DirectLine;
using Assistant.Channels.DirectLine.Endpoints;
using Assistant.Storage;

namespace Assistant.Bot.Hosting;

/// <summary>The composition root: what the bot is made of, in one table of contents.</summary>
public static class BotHost
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        // The repository's root appsettings.json is copied beside the program; it is the base that
        // the working folder's appsettings*.json and the environment override. It is read through a
        // file provider of its own folder: given only a path, a source resolves it against the
        // content root, which under dotnet run is the project folder, and silently finds nothing.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        configure?.Invoke(builder);
        builder.Services
            .AddAssistantKnowledge(builder.Configuration)
            .AddConversationStorage(builder.Configuration)
            .AddBotAuthentication(builder.Configuration)
            .AddBotFrameworkChannel(builder.Configuration)
            .AddAssistantTelemetry(builder.Configuration)
            .AddAssistantBot(builder.Configuration)
            .AddDirectLine<DirectLineBot>(builder.Configuration)
            .AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseWebChatPage();
        app.UseWebSockets();
        app.UseRateLimiter();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapHealth();
        return app;
    }
}
