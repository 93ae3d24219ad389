namespace Assistant.Bot.Adapter;

/// <summary>The bot's turn logic, as the Bot Framework SDK names it: one call per incoming activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
