using Assistant.Conversation.Turns;
using Assistant.Interviews.Tests.Support;
using Assistant.Interviews.Walking;

namespace Assistant.Interviews.Tests.Conversation;

/// <summary>Property: no stored state and no input makes a turn throw or go without a reply.</summary>
public class RandomTurnTests
{
    private static readonly string[] Inputs =
    [
        "1", "2", "9", "0", "ja", "nei", "vet ikke", "tilbake", "start på nytt", "hvorfor?", "mine svar", "endre 1", "endre 0", "endre 99",
        "avbryt", "fortsett", "meny", "hjelp", "Helsepersonell", "meny politi", "start ambulanse", "start test-tre", "start x",
        "hva betyr TUD?", "kan jeg si fra til politiet?", "blå", "", "svar:test-tre:000000000000:trussel:0", "svar:::", "journal:a:b:c",
        "nyttig:ja:test-tre:x:y", "sjekkliste:test-tre:{version}:plikt-varsle", "svar:test-tre:{version}:trussel:-1",
    ];

    [Fact]
    public void Respond_RandomStatesAndInputs_AlwaysRepliesAndNeverThrows()
    {
        var random = new Random(Seed: 4);
        var trees = TranscriptEngine.Catalog.Trees;
        for (var i = 0; i < 2000; i++)
        {
            var tree = trees[random.Next(trees.Count)];
            var nodes = tree.Nodes.Keys.ToArray();
            var answers = Enumerable.Range(0, random.Next(4))
                .Select(_ => new InterviewAnswer(random.Next(5) == 0 ? "ukjent" : nodes[random.Next(nodes.Length)], random.Next(-1, 6)))
                .ToArray();
            var session = new InterviewSession(
                random.Next(10) == 0 ? "borte" : tree.Id,
                random.Next(5) == 0 ? "000000000000" : tree.Version,
                answers,
                random.Next(4) == 0 ? random.Next(-1, 4) : null);
            var state = new DialogState(random.Next(6) == 0 ? null : session, []);
            var input = Inputs[random.Next(Inputs.Length)].Replace("{version}", tree.Version, StringComparison.Ordinal);

            var answered = TranscriptEngine.Engine.Respond(random.Next(2) == 0 ? new UserTurn(input) : new UserTurn(null, input), state);

            Assert.NotEmpty(answered.Result.Replies);
            Assert.Equal(answered.Result.Replies[^1].Choices, answered.State.LastChoices);
        }
    }
}
