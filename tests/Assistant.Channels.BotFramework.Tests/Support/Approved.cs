namespace Assistant.Channels.BotFramework.Tests.Support;

/// <summary>
/// Golden files: <c>Approved/{name}.approved.json</c> is the reviewed output. On a difference the
/// new output is written next to the copy in the build output as <c>{name}.received.json</c>, to
/// diff and, when right, copy over the approved file in the source tree.
/// </summary>
internal static class Approved
{
    public static void AssertMatches(string name, string actual)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Approved");
        var approved = File.ReadAllText(Path.Combine(folder, name + ".approved.json")).ReplaceLineEndings("\n").TrimEnd();
        var received = actual.ReplaceLineEndings("\n").TrimEnd();
        if (approved != received)
        {
            var receivedPath = Path.Combine(folder, name + ".received.json");
            File.WriteAllText(receivedPath, received + "\n");
            Assert.Fail($"The output differs from Approved/{name}.approved.json; see {receivedPath}.");
        }
    }
}
