namespace Assistant.Interviews.Loading;

/// <summary>
/// The shape of a tree file as YamlDotNet reads it. Loose on purpose (everything optional) so that
/// a broken file yields a list of problems rather than the first exception.
/// </summary>
internal sealed class TreeFile
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Role { get; set; }

    public string? Description { get; set; }

    public List<string>? Triggers { get; set; }

    public string? Start { get; set; }

    public Dictionary<string, NodeFile?>? Nodes { get; set; }

    internal sealed class NodeFile
    {
        public string? Question { get; set; }

        public string? Why { get; set; }

        public List<string>? Cites { get; set; }

        public List<OptionFile>? Options { get; set; }

        public OutcomeFile? Outcome { get; set; }
    }

    internal sealed class OptionFile
    {
        public string? Answer { get; set; }

        public string? Next { get; set; }

        public bool Unsure { get; set; }
    }

    internal sealed class OutcomeFile
    {
        public string? Verdict { get; set; }

        public string? Headline { get; set; }

        public List<string>? Basis { get; set; }

        public List<string>? Steps { get; set; }

        public List<string>? Caveats { get; set; }

        public List<string>? Cites { get; set; }

        public string? AskWhom { get; set; }

        public string? Journal { get; set; }

        public List<string>? Checklist { get; set; }
    }
}
