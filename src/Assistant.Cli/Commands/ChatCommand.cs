using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Assistant.Conversation;
using Assistant.Conversation.Rendering;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Turns;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>chat [--script] [--json]</c>: a conversation in the terminal with numbered choices. With
/// <c>--script</c> it reads one user turn per line from standard input and prints each assistant
/// turn (plain text, or one JSON object per turn with <c>--json</c>), so transcripts can be run by
/// tests and outside checks. The user's own text is never echoed, so a transcript never holds it.
/// The conversation state lives in this loop, exactly as the bot keeps it in storage: a typed
/// number picks one of the choices last offered, and an interview continues from turn to turn.
/// Typed commands: «meny», «start &lt;tree-id&gt;», «tilbake», «start på nytt», «hvorfor?»,
/// «mine svar», «endre 2», «avbryt», «fortsett».
/// </summary>
internal static class ChatCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] ExitWords = ["avslutt", "slutt", "exit", "quit"];

    public static Command Create(CliRuntime runtime, TextReader input, TextWriter output)
    {
        var script = new Option<bool>("--script") { Description = "Les én brukertur per linje fra standard inn, uten ledetekst." };
        var json = new Option<bool>("--json") { Description = "Skriv hver assistenttur som ett JSON-objekt per linje." };
        var command = new Command("chat", "Snakk med veilederen i terminalen.") { script, json };
        command.SetAction(parse =>
        {
            var engine = runtime.CreateEngine();
            var state = DialogState.Empty;
            var asJson = parse.GetValue(json);
            var interactive = !parse.GetValue(script);
            var turn = 0;
            var welcome = ConversationEngine.Welcome();
            state = state with { LastChoices = welcome.Choices };
            Write(output, welcome, turn, asJson);
            while (true)
            {
                if (interactive)
                {
                    output.Write("> ");
                }

                var line = input.ReadLine();
                if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    return ExitCodes.Success;
                }

                if (line.Trim().Length == 0 && !interactive)
                {
                    continue;
                }

                turn++;
                var answered = engine.Respond(new UserTurn(line), state);
                state = answered.State;
                foreach (var reply in answered.Result.Replies)
                {
                    Write(output, reply, turn, asJson);
                }
            }
        });
        return command;
    }

    private static void Write(TextWriter output, AssistantReply reply, int turn, bool asJson)
    {
        if (!asJson)
        {
            output.WriteLine(PlainTextRenderer.Render(reply));
            return;
        }

        output.WriteLine(JsonSerializer.Serialize(
            new
            {
                turn,
                kind = reply.Kind.ToString(),
                text = PlainTextRenderer.Render(reply),
                passages = reply.Passages.Select(p => new { passageId = p.PassageId, doc = p.Citation.DocumentKey, section = p.Citation.Section }),
                choices = reply.Choices.Select(c => c.Title),
            },
            Json));
    }
}
