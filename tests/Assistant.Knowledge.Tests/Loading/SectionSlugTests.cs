using Assistant.Knowledge.Loading;

namespace Assistant.Knowledge.Tests.Loading;

public class SectionSlugTests
{
    [Theory]
    [InlineData("11.3", "11.3")]
    [InlineData("Om politiet", "om-politiet")]
    [InlineData("Pilot for «Din politikontakt» i Oslo", "pilot-for-din-politikontakt-i-oslo")]
    [InlineData("Økonomisk kriminalitet – æ og å", "okonomisk-kriminalitet-ae-og-a")]
    public void From_Label_GivesStablePathSegment(string label, string expected)
    {
        Assert.Equal(expected, SectionSlug.From(label));
    }
}
