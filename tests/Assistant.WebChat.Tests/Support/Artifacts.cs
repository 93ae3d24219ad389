namespace Assistant.WebChat.Tests.Support;

/// <summary>
/// Where the browser tests leave screenshots and timings: <c>TestResults/webchat</c> at the
/// repository root (git-ignored), or <c>WEBCHAT_ARTIFACTS</c>.
/// </summary>
internal static class Artifacts
{
    public static string Folder { get; } = Locate();

    public static string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    private static string Locate()
    {
        var folder = Environment.GetEnvironmentVariable("WEBCHAT_ARTIFACTS");
        if (string.IsNullOrEmpty(folder))
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "Assistant.sln")))
            {
                root = root.Parent;
            }

            folder = System.IO.Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "TestResults", "webchat");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
