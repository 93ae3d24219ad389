namespace Assistant.Search;

/// <summary>Finds the passages of the circulars that answer a free question. Thread-safe.</summary>
public interface IPassageSearch
{
    /// <summary>Searches; never throws for any user text.</summary>
    /// <param name="question">The question as the user typed it; it never goes through query syntax.</param>
    /// <param name="top">How many passages at most (default from the options).</param>
    SearchResult Search(string question, int? top = null);
}
