using System.Text.Json;

namespace Assistant.Storage.Tests.Support;

/// <summary>JSON documents for tests.</summary>
public static class Json
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static JsonElement Of<T>(T value) => JsonSerializer.SerializeToElement(value);

    public static void Equal(JsonElement expected, JsonElement actual) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"Expected {expected.GetRawText()} but found {actual.GetRawText()}.");
}
