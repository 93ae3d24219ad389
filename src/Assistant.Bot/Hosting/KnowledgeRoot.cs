namespace Assistant.Bot.Hosting;

/// <summary>The resolved knowledge folder.</summary>
internal sealed record KnowledgeRoot(string Path);
