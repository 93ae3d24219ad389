namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>Where the bot's token comes from.</summary>
internal enum BotTokenSource
{
    /// <summary>Nowhere: anonymous local mode.</summary>
    None,

    /// <summary>Client credentials (app id and secret) from an Entra ID authority.</summary>
    ClientSecret,

    /// <summary>A user-assigned managed identity.</summary>
    ManagedIdentity,
}
