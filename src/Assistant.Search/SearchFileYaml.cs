using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Assistant.Search;

/// <summary>Reads the YAML files of <c>knowledge/search/</c>.</summary>
internal static class SearchFileYaml
{
    /// <summary>
    /// The document in <paramref name="yaml"/>, or a new (empty) one when the file holds none. A
    /// malformed file is a <see cref="FormatException"/> that names it, which <see cref="SearchEngine"/>
    /// reports as broken content.
    /// </summary>
    public static T Deserialize<T>(IDeserializer deserializer, string yaml, string fileName)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(deserializer);
        try
        {
            return deserializer.Deserialize<T?>(yaml) ?? new T();
        }
        catch (YamlException e)
        {
            throw new FormatException($"{fileName}: {e.Message}", e);
        }
    }
}
