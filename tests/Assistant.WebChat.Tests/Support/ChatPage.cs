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

    public async Task AskAsync(string question)
    {
        await SendBox.FillAsync(question);
        await SendBox.PressAsync("Enter");
    }

    public Task<string?> StoredConversationAsync() =>
        page.EvaluateAsync<string?>("() => { const s = JSON.parse(sessionStorage.getItem('veileder.webchat.v1') || 'null'); return s && s.conversationId; }");
}
