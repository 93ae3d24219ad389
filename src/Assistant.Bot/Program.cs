using Assistant.Bot.Hosting;

await BotHost.Build(args).RunAsync();

/// <summary>The bot's entry point (public so tests can start the host).</summary>
public partial class Program;
