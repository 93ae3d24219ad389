namespace Assistant.Knowledge.Loading;

/// <summary>The knowledge folder cannot be used: malformed or invalid content.</summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException()
    {
    }

    public KnowledgeException(string message)
        : base(message)
    {
    }

    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
