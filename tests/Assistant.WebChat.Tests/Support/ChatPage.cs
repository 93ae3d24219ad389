using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Assistant.WebChat.Tests.Support;

/// <summary>The chat page as a user sees it: the transcript, the send box, the suggested actions.</summary>
internal sealed class ChatPage(IPage page)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public IPage Page => page;

    public ILocator SendBox => page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator Transcript => page.Locator("#chat");

    public ILocator SuggestedActions => page.Locator("button.webchat__suggested-action");

    public Task WaitForTextAsync(string text) =>
        Transcript.GetByText(text, new() { Exact = false }).First.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>
    /// Clicks the suggested action titled exactly <paramref name="title"/>, waiting until the bot's
    /// latest message offers it (Web Chat shows only the latest message's actions).
    /// </summary>
    public Task ClickActionAsync(string title) =>
        SuggestedActions
            .Filter(new() { HasTextRegex = new Regex($@"^\s*{Regex.Escape(title)}\s*$") })
            .First
            .ClickAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>
    /// Scrolls the transcript until the first heading holding <paramref name="text"/> is at the top
    /// of the view and has stayed there for one poll: Web Chat scrolls back to the newest message
    /// while it settles, so a single scroll may be undone.
    /// </summary>
    public Task ScrollToTopOfViewAsync(string text) =>
        page.WaitForFunctionAsync(
            """
            text => {
              const heading = [...document.querySelectorAll('#chat h1, #chat h2, #chat h3')].find(h => h.textContent.includes(text));
              if (!heading) { return false; }
              const box = heading.getBoundingClientRect();
              const scroller = heading.closest('.webchat__basic-transcript__scrollable') || document.documentElement;
              const view = scroller.getBoundingClientRect();
              if (box.top >= view.top && box.top <= view.top + 50) { return true; }
              heading.scrollIntoView({ block: 'start' });
              return false;
            }
            """,
            text,
            new() { PollingInterval = 200, Timeout = (float)Patience.TotalMilliseconds });

    public async Task AskAsync(string question)
    {
        await SendBox.FillAsync(question);
        await SendBox.PressAsync("Enter");
    }

    public Task<string?> StoredConversationAsync() =>
        page.EvaluateAsync<string?>("() => { const s = JSON.parse(sessionStorage.getItem('veileder.webchat.v1') || 'null'); return s && s.conversationId; }");
}
