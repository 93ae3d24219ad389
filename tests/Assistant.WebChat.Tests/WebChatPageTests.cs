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

    // The verdict label of helse-gir-opplysninger's plikt-varsle outcome, with the tree's title.
    private const string OutcomeTitle = "Plikt (Gi opplysninger til politiet)";

    // The buttons clicked to get there: role, interview, then the path situasjon → fare-hvem →
    // fare-konkret → plikt-varsle.
    private static readonly string[] Clicks =
    [
        "Helsepersonell",
        "Gi opplysninger til politiet",
        "Fare for skade (trusler, vold, våpen eller brann)",
        "Fare for en eller flere bestemte personer",
        "Ja",
    ];

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

    [Fact]
    public async Task Page_Interview_ClickedThroughToItsOutcome()
    {
        await using var server = await BotServer.StartAsync();
        await using var context = await NewContextAsync(1280, 900);
        var chat = new ChatPage(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Address.ToString());
        await chat.WaitForTextAsync(WelcomeText);

        // Every step is a click on a suggested action, as a user would make it from the welcome.
        var clock = Stopwatch.StartNew();
        await chat.ClickActionAsync(Clicks[0]);
        await chat.ClickActionAsync(Clicks[1]);
        for (var i = 2; i < Clicks.Length; i++)
        {
            // Wait for the question itself, so a click never lands on the previous message's actions.
            await chat.WaitForTextAsync($"Gi opplysninger til politiet, spørsmål {i - 1}");
            await chat.ClickActionAsync(Clicks[i]);
        }

        await chat.WaitForTextAsync(OutcomeTitle);
        var finished = clock.Elapsed;

        // The outcome is the last bot message: its verdict, legal basis and the quoted passage's citation.
        var outcome = await chat.Page.Locator("#chat .webchat__bubble:not(.webchat__bubble--from-user)").Last.InnerTextAsync();
        Assert.Contains(OutcomeTitle, outcome, StringComparison.Ordinal);
        Assert.Contains("Rettslig grunnlag", outcome, StringComparison.Ordinal);
        Assert.Contains(CitationText, outcome, StringComparison.Ordinal);
        Assert.Contains("punkt 11.2 Nærmere om plikt og rett til å gi opplysninger", outcome, StringComparison.Ordinal);

        // Each click shows its title as the user's message, never the encoded value it sends.
        var sent = await chat.Page.Locator("#chat .webchat__bubble--from-user").AllInnerTextsAsync();
        Assert.Equal(Clicks, sent.Select(t => t.Trim()));
        await chat.SuggestedActions.Filter(new() { HasText = "Vis journalnotat" }).First.WaitForAsync(new() { Timeout = (float)ChatPage.Patience.TotalMilliseconds });

        // The transcript scrolls inside the page and keeps itself pinned to its end while it
        // settles, so the verdict is scrolled to the top until it stays there, then photographed.
        await chat.ScrollToTopOfViewAsync(OutcomeTitle);
        await chat.Page.ScreenshotAsync(new() { Path = Artifacts.PathOf("interview.png") });
        var report = string.Create(CultureInfo.InvariantCulture,
            $"interview from the first click to its outcome ({Clicks.Length} clicks): {finished.TotalMilliseconds:F0} ms");
        output.WriteLine(report);
        output.WriteLine("screenshot: " + Artifacts.PathOf("interview.png"));
        await File.WriteAllTextAsync(Artifacts.PathOf("interview-timings.txt"), report + Environment.NewLine);
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height) =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "nb-NO",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
}
