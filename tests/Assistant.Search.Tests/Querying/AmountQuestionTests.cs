using Assistant.Search.Querying;
using Assistant.TestSupport;

namespace Assistant.Search.Tests.Querying;

public class AmountQuestionTests
{
    [Theory]
    [InlineData("hvor mange kommuner kan en politikontakt ha?", nameof(AmountKind.Count))]
    [InlineData("How many ambulances are there?", nameof(AmountKind.Count))]
    [InlineData("hvor lenge kan pasienten holdes igjen?", nameof(AmountKind.Duration))]
    [InlineData("Hvor lang tid har politiet på å svare?", nameof(AmountKind.Duration))]
    [InlineData("hvor gammel må man være?", nameof(AmountKind.Duration))]
    [InlineData("how long does the police stay?", nameof(AmountKind.Duration))]
    [InlineData("hva koster et ambulanseoppdrag?", nameof(AmountKind.Price))]
    [InlineData("what does a transport cost?", nameof(AmountKind.Price))]
    [InlineData("hvor mye kan jeg fortelle politiet?", nameof(AmountKind.None))]
    [InlineData("hvor langt går taushetsplikten?", nameof(AmountKind.None))]
    [InlineData("hvordan ber politiet om bistand?", nameof(AmountKind.None))]
    [InlineData("kan jeg si fra til politiet?", nameof(AmountKind.None))]
    public void Asked_TellsWhichAmountAQuestionAsksFor(string question, string expected)
    {
        Assert.Equal(Enum.Parse<AmountKind>(expected), AmountQuestion.Asked(question));
    }

    [Theory]
    [InlineData("I 2014 var det registrert 528 bilambulanser i Norge.", nameof(AmountKind.Count))]
    [InlineData("politikontaktene skal ha ansvar for inntil tre kommuner.", nameof(AmountKind.Count))]
    [InlineData("Med barn forstås alle personer under 18 år.", nameof(AmountKind.Duration))]
    [InlineData("innen 24 timer", nameof(AmountKind.Duration))]
    [InlineData("passene har en varighet på to år", nameof(AmountKind.Duration))]
    [InlineData("Tiltaket koster 30 millioner kroner.", nameof(AmountKind.Price))]
    public void Stated_FindsTheAmountsATextGives(string text, string expected)
    {
        Assert.True(AmountQuestion.Stated(text).HasFlag(Enum.Parse<AmountKind>(expected)));
    }

    [Theory]
    [InlineData("jf. psykisk helsevernloven § 3-1.")]
    [InlineData("Unntakene i §§ 23 nr. 4 og 31 gir ikke adgang.")]
    [InlineData("I Ot.prp. nr. 65 (2005-2006) s. 89 heter det at")]
    [InlineData("kan varsles via nødnummer 113 i akuttsituasjoner")]
    [InlineData("se kapittel 5 og 7 om dette")]
    [InlineData("Ambulansetjenesten består av: 1. Bilambulansetjenesten 2. Båtambulansetjenesten")]
    [InlineData("Regjeringen vil i 2023 investere i nye biler.")]
    [InlineData("se Helsedirektoratets fortolkning av 19.9.2018.")]
    public void Stated_ReferencesDatesAndListMarkers_AreNoAmounts(string text)
    {
        Assert.Equal(AmountKind.None, AmountQuestion.Stated(text));
    }

    [Fact]
    public void Search_AmountTheSourcesDoNotGive_IsNotCovered()
    {
        // Every word matches the sections on tvungen observasjon, but none of them says how long it lasts.
        const string Question = "hvor lenge varer en tvungen observasjon?";
        var withoutAmount = RepositoryKnowledge.Search.Search("varer en tvungen observasjon", 3);

        var result = RepositoryKnowledge.Search.Search(Question, 3);

        Assert.Equal(SearchOutcome.Answered, withoutAmount.Outcome);
        Assert.Equal(SearchOutcome.NotCovered, result.Outcome);
        Assert.Empty(result.Hits);
        Assert.NotEmpty(result.SuggestedTopics);
    }

    [Theory]
    [InlineData("hvor mange kommuner kan en politikontakt ha ansvar for?", "lokalpoliti:Styrke politikontaktordningen")]
    [InlineData("hvor mange bilambulanser finnes i Norge?", "ambulanse:VEDLEGG – OVERSIKT NASJONALE AMBULANSERESSURSER")]
    public void Search_AmountTheSourcesGive_IsAnswered(string question, string section)
    {
        var result = RepositoryKnowledge.Search.Search(question, 3);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.Contains(result.Hits, h => h.Passage.SectionRef.ToString() == section);
    }
}
