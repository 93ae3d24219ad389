using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Assistant.WebChat.Tests;

/// <summary>The local page in headless Chromium: Microsoft's Web Chat against the bot's own Direct Line.</summary>
[Collection(BrowserTests.Name)]
public sealed class WebChatPageTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    private const string Question = "kan jeg si fra til politiet om at pasienten har våpen?";

    // The welcome's opening and a citation the answer to the question carries (psykisk-helse 11.3/11.4).
    private const string WelcomeText = "Jeg er en veileder om taushetsplikt";
    private const string CitationText = "helsepersonelloven § 31";

    [Fact]
    public async Task Page_Question_ShowsTheAnswerWithItsCitation()
    {
        await using var server = await BotServer.StartAsync();
        await using var context = await NewContextAsync(1280, 900);
        var chat = new ChatPage(await context.NewPageAsync());

        var clock = Stopwatch.StartNew();
        await chat.Page.GotoAsync(server.Address.ToString());
        await chat.WaitForTextAsync(WelcomeText);
        var welcomed = clock.Elapsed;
        await chat.AskAsync(Question);
        var asked = clock.Elapsed;
        await chat.WaitForTextAsync(CitationText);
        var answered = clock.Elapsed;

        Assert.Equal("Veileder: taushetsplikt og samarbeid mellom helsetjenesten og politiet", await chat.Page.TitleAsync());
        await chat.Page.ScreenshotAsync(new() { Path = Artifacts.PathOf("answer.png"), FullPage = true });
        var report = string.Create(CultureInfo.InvariantCulture,
            $"page load to welcome: {welcomed.TotalMilliseconds:F0} ms; page load to first answer: {answered.TotalMilliseconds:F0} ms; question to answer: {(answered - asked).TotalMilliseconds:F0} ms");
        output.WriteLine(report);
        output.WriteLine("screenshot: " + Artifacts.PathOf("answer.png"));
        await File.WriteAllTextAsync(Artifacts.PathOf("timings.txt"), report + Environment.NewLine);
    }

    [Fact]
    public async Task Page_Reload_KeepsTheConversation()
    {
        await using var server = await BotServer.StartAsync();
        await using var context = await NewContextAsync(1280, 900);
        var chat = new ChatPage(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Address.ToString());
        await chat.WaitForTextAsync(WelcomeText);
        await chat.AskAsync(Question);
        await chat.WaitForTextAsync(CitationText);
        var before = await chat.StoredConversationAsync();

        await chat.Page.ReloadAsync();
        await chat.WaitForTextAsync(CitationText);
        await chat.WaitForTextAsync(Question);

        Assert.NotNull(before);
        Assert.Equal(before, await chat.StoredConversationAsync());
        await chat.Page.ScreenshotAsync(new() { Path = Artifacts.PathOf("reloaded.png"), FullPage = true });
    }

    [Fact]
    public async Task Page_AfterABotRestart_TheSameConversationGoesOn()
    {
        var server = await BotServer.StartAsync();
        try
        {
            await using var context = await NewContextAsync(1280, 900);
            var chat = new ChatPage(await context.NewPageAsync());
            await chat.Page.GotoAsync(server.Address.ToString());
            await chat.WaitForTextAsync(WelcomeText);
            var before = await chat.StoredConversationAsync();

            server = await server.RestartAsync();
            await chat.Page.ReloadAsync();
            await chat.SendBox.WaitForAsync(new() { Timeout = (float)ChatPage.Patience.TotalMilliseconds });
            await chat.AskAsync(Question);
            await chat.WaitForTextAsync(CitationText);

            Assert.NotNull(before);
            Assert.Equal(before, await chat.StoredConversationAsync());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Page_AtPhoneWidth_FitsAndOffersTheSuggestedActions()
    {
        await using var server = await BotServer.StartAsync();
        await using var context = await NewContextAsync(375, 740);
        var chat = new ChatPage(await context.NewPageAsync());

        await chat.Page.GotoAsync(server.Address.ToString());
        await chat.WaitForTextAsync(WelcomeText);
        await chat.SuggestedActions.First.WaitForAsync(new() { Timeout = (float)ChatPage.Patience.TotalMilliseconds });

        var overflow = await chat.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        Assert.True(await chat.SendBox.IsVisibleAsync());
        await chat.Page.ScreenshotAsync(new() { Path = Artifacts.PathOf("phone.png") });
    }

    [Fact]
    public async Task Page_SuggestedAction_ClickedWithTheKeyboard_IsAnswered()
    {
        await using var server = await BotServer.StartAsync();
        await using var context = await NewContextAsync(1280, 900);
        var chat = new ChatPage(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Address.ToString());
        await chat.WaitForTextAsync(WelcomeText);
        var action = chat.SuggestedActions.First;
        await action.WaitForAsync(new() { Timeout = (float)ChatPage.Patience.TotalMilliseconds });
        var title = (await action.InnerTextAsync()).Trim();

        await action.FocusAsync();
        await chat.Page.Keyboard.PressAsync("Enter");

        // The choice is sent as the user's message, and the bot answers it: welcome, choice, answer.
        await chat.Page.WaitForFunctionAsync(
            "() => document.querySelectorAll('#chat .webchat__bubble').length >= 3",
            null,
            new() { Timeout = (float)ChatPage.Patience.TotalMilliseconds });
        var texts = await chat.Page.Locator("#chat .webchat__bubble").AllInnerTextsAsync();
        Assert.Equal(title, texts[1].Trim());
    }

    [Fact]
    public async Task Page_SendBox_IsReachedWithTheTabKey()
    {
        await using var server = await BotServer.StartAsync();
        await using var context = await NewContextAsync(1280, 900);
        var chat = new ChatPage(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Address.ToString());
        await chat.WaitForTextAsync(WelcomeText);

        var reached = false;
        for (var i = 0; i < 15 && !reached; i++)
        {
            await chat.Page.Keyboard.PressAsync("Tab");
            reached = await chat.Page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.getAttribute('data-id') === 'webchat-sendbox-input'");
        }

        Assert.True(reached, "The send box could not be reached with Tab.");
        await chat.Page.Keyboard.TypeAsync(Question);
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync(CitationText);
    }

    // ---- Guided interviews: click through one interview here once they exist. ----
    // The interviews are being added concurrently; when the bot offers one, this test should start
    // it from the welcome's suggested actions, answer each question by clicking, and check the
    // outcome text and its citation.
    [Fact(Skip = "Waiting for the guided interviews: click through one interview to its outcome.")]
    public Task Page_Interview_ClickedThroughToItsOutcome() => Task.CompletedTask;

    private Task<IBrowserContext> NewContextAsync(int width, int height) =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "nb-NO",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
}
